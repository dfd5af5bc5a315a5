/**
 * A severe decision the second reviewer rejects goes back to the reviewer who proposed it (TC-4):
 * the reviewer proposes a termination in the console, the senior reviewer rejects it with a reason
 * at Approvals, and the reviewer finds the case claimed in their name in the queue, the reason on
 * the case above the decision form, and a mail with the reason in the outbox.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/events.js';
import { outbox } from '../../src/store/schema/index.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Browsers, SCREENSHOTS } from './browser.js';
import { seedNoticeFlow, WATCH } from './notice-seed.js';
import { fillDecisionButLegalGround, openCaseToDecide } from './notice-steps.js';
import { REVIEWER } from './seed.js';
import { ensureConsoleBuilt } from './web-build.js';

const SENIOR = { email: 'senior@vigil.test', password: 'another correct horse staple', displayName: 'Sam Senior' };
const REASON = 'Termination is disproportionate for a first finding; remove the listing and suspend the account instead.';

let server: TestServer;
let caseId = '';
const browsers = new Browsers();

beforeAll(async () => {
  ensureConsoleBuilt();
  server = await startTestServer();
  await seedNoticeFlow(server.ctx);
  await server.ctx.auth.createUser(SYSTEM_ACTOR, { email: SENIOR.email, displayName: SENIOR.displayName, role: 'senior_reviewer', password: SENIOR.password });
  const n = await server.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
    locations: [{ item: { kind: 'listing', id: WATCH.id } }], explanation: 'Counterfeit Rolex watch sold as a 1:1 replica; the brand owner never made it.',
    notifier: { name: 'Bea', email: 'bea@example.org' }, good_faith: true,
  } });
  caseId = (n.json() as { case_ids: string[] }).case_ids[0]!;
  await browsers.start();
});

afterAll(async () => {
  await browsers.close();
  await server?.close();
});

describe('a rejected severe decision in the console', () => {
  it('goes back to the proposing reviewer with the second reviewer’s reason', async () => {
    const reviewer = await browsers.person();
    const r = reviewer.page;
    const form = await openCaseToDecide(r, server.url, caseId, WATCH.title);
    await fillDecisionButLegalGround(form);
    await form.getByLabel('Terminate the account').check();
    await form.getByLabel('Legal ground').fill('Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await r.getByText('Decision recorded — Awaiting second review').waitFor();

    const senior = await browsers.person();
    const s = senior.page;
    await s.goto(`${server.url}/approvals`);
    await s.getByLabel('E-mail').fill(SENIOR.email);
    await s.getByLabel('Password').fill(SENIOR.password);
    await s.getByRole('button', { name: 'Sign in' }).click();
    const card = s.getByRole('article', { name: `Remove the item, Terminate the account — ${WATCH.id}` });
    await card.getByRole('button', { name: 'Reject…' }).click();
    await card.getByLabel('Why it is rejected').fill(REASON);
    await card.getByRole('button', { name: 'Reject the decision' }).click();
    await s.getByRole('status').filter({ hasText: 'goes back to the reviewer who proposed it' }).waitFor();

    // The queue shows the case as the reviewer's again.
    await r.goto(`${server.url}/queue`);
    const row = r.getByRole('row').filter({ hasText: caseId });
    await row.waitFor();
    expect(await row.textContent()).toContain('You until');
    await row.getByRole('link').first().click();
    const returned = r.getByRole('region', { name: 'Your decision was sent back by the second reviewer' });
    await returned.waitFor();
    expect(await returned.getByTestId('rejection-reason').textContent()).toBe(REASON);
    expect(await returned.textContent()).toContain('Terminate the account');
    expect(await returned.textContent()).toContain('took no effect');
    const decisions = r.getByRole('region', { name: 'Decisions' });
    expect(await decisions.getByText('Not approved', { exact: true }).count()).toBe(1);
    expect(await decisions.textContent()).toContain(REASON);
    // The claim is theirs: they may release it, and the decision form is there for a new decision.
    await r.getByRole('button', { name: 'Release' }).waitFor();
    await r.getByRole('region', { name: 'Decide this case' }).waitFor();
    await r.screenshot({ path: `${SCREENSHOTS}/approval-returned.png`, fullPage: true });

    const mails = await server.ctx.store.db.select().from(outbox).where(eq(outbox.topic, 'mail.decision_rejected'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.payload).toMatchObject({ to: REVIEWER.email, case_id: caseId });
    expect((mails[0]!.payload as { text: string }).text).toContain(REASON);
    for (const p of [reviewer, senior]) expect(p.pageErrors).toEqual([]);
  }, 90_000);
});
