/**
 * Case work in the console that used to need the API: a cluster decision (also_items picked from
 * the suggestions), evidence download, an Art. 18 report to the competent authority, and the
 * second reviewer's approval list (reject with a reason, approve).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SYSTEM_ACTOR } from '../../src/core/events.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Browsers, SCREENSHOTS, signIn } from './browser.js';
import { BAG, WATCH, seedNoticeFlow } from './notice-seed.js';
import { evidencePng, fillDecisionButLegalGround, openCaseToDecide } from './notice-steps.js';
import { HELMET } from './seed.js';
import { ensureConsoleBuilt } from './web-build.js';

const SENIOR = { email: 'senior@vigil.test', password: 'another correct horse staple', displayName: 'Sam Senior' };
const SAME_IMAGE = { id: 'L-img-dup', title: 'Diver watch steel 40mm' };
const SAME_TEXT = { id: 'L-text-dup', title: WATCH.title };
const LEGAL_GROUND = 'Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark';

let server: TestServer;
let apiKey: string;
const browsers = new Browsers();

beforeAll(async () => {
  ensureConsoleBuilt();
  server = await startTestServer();
  const { ctx } = server;
  await seedNoticeFlow(ctx);
  await ctx.auth.createUser(SYSTEM_ACTOR, { email: SENIOR.email, displayName: SENIOR.displayName, role: 'senior_reviewer', password: SENIOR.password });
  await ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-other', { display_name: 'Other Shop', country: 'NL' });
  await ctx.catalog.putListing(SYSTEM_ACTOR, SAME_IMAGE.id, { trader_id: 'T-other', source_version: 1, title: SAME_IMAGE.title, image_urls: ['https://img.marketplace.invalid/p/watch-77.jpg'] });
  await ctx.catalog.putListing(SYSTEM_ACTOR, SAME_TEXT.id, {
    trader_id: 'T-other', source_version: 1, title: SAME_TEXT.title, image_urls: [],
    description: 'Mirror quality 1:1 replica of the Submariner, ships from HK. Box and papers included!',
  });
  apiKey = (await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'reviewer', role: 'reviewer' })).key;
  await browsers.start();
});

afterAll(async () => {
  await browsers.close();
  await server?.close();
});

async function fileNotice(itemId: string, evidence: { file_name: string; data_base64: string }[] = []): Promise<string> {
  const res = await server.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
    locations: [{ item: { kind: 'listing', id: itemId } }], explanation: 'Counterfeit goods sold with a protected brand logo on them.', notifier: { name: 'Bea', email: 'bea@example.org' }, good_faith: true, evidence,
  } });
  expect(res.statusCode).toBe(201);
  return (res.json() as { case_ids: string[] }).case_ids[0]!;
}
const staff = (url: string) => server.app.inject({ url, headers: { authorization: `Bearer ${apiKey}` } });
const shot = (p: Page, name: string) => p.screenshot({ path: `${SCREENSHOTS}/case-work-${name}.png`, fullPage: true });

describe('case work in the console', () => {
  it('decides a cluster picked from the suggestions: one decision per listing', async () => {
    const caseId = await fileNotice(WATCH.id);
    const reviewer = await browsers.person();
    const r = reviewer.page;
    const form = await openCaseToDecide(r, server.url, caseId, WATCH.title);
    const cluster = form.getByRole('group', { name: 'Decide on the cluster too' });
    const list = cluster.getByRole('list', { name: 'Decide on the cluster too' });
    await list.waitFor();
    const rowOf = (id: string) => list.getByRole('listitem').filter({ hasText: id });
    expect(await rowOf(BAG.id).textContent()).toContain('same trader');
    expect(await rowOf(SAME_IMAGE.id).textContent()).toContain('same image');
    expect(await rowOf(SAME_TEXT.id).textContent()).toContain('near-identical text');
    expect(await list.getByRole('listitem').filter({ hasText: HELMET.id }).count()).toBe(0);

    await cluster.getByRole('button', { name: 'Tick all: same image' }).click();
    await cluster.getByLabel(new RegExp(SAME_TEXT.id)).check();
    await cluster.getByText('2 more listings will be decided').waitFor();
    expect(await cluster.getByLabel(new RegExp(BAG.id)).isChecked()).toBe(false);
    await cluster.screenshot({ path: `${SCREENSHOTS}/case-work-cluster-picked.png` });

    await fillDecisionButLegalGround(form);
    await form.getByLabel('Legal ground').fill(LEGAL_GROUND);
    await form.getByRole('button', { name: 'Record decision' }).click();
    await r.getByText('Decision recorded — Awaiting confirmation of effect').waitFor();
    await shot(r, 'cluster-decided');

    for (const id of [SAME_IMAGE.id, SAME_TEXT.id]) {
      const cases = (await staff(`/api/v1/cases?status=closed`)).json() as { items: { id: string; subject: { id: string } }[] };
      const c = cases.items.find((x) => x.subject.id === id);
      expect(c, `a closed case for ${id}`).toBeDefined();
      const detail = (await staff(`/api/v1/cases/${c!.id}`)).json() as { decisions: { action: string }[] };
      expect(detail.decisions.map((d) => d.action)).toEqual(['remove']);
    }
    expect(((await staff(`/api/v1/cases?status=closed`)).json() as { items: { subject: { id: string } }[] }).items.some((x) => x.subject.id === BAG.id)).toBe(false);
    expect(reviewer.pageErrors).toEqual([]);
  }, 90_000);

  it('downloads evidence and records an Art. 18 report to the competent authority', async () => {
    const png = await evidencePng();
    const caseId = await fileNotice(HELMET.id, [{ file_name: 'helmet-certificate.png', data_base64: png.toString('base64') }]);
    const reviewer = await browsers.person();
    const r = reviewer.page;
    await r.goto(`${server.url}/cases/${caseId}`);
    await signIn(r);

    // Evidence: a link per file, served as an attachment with its checked type to the signed-in reviewer only.
    const link = r.getByRole('link', { name: 'Download helmet-certificate.png' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/api/v1/cases/${caseId}/evidence/[0-9a-f-]{36}$`));
    const file = await r.request.get(`${server.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff' });
    expect(file.headers()['content-disposition']).toMatch(/^attachment; filename="helmet-certificate.png"/);
    expect(Buffer.from(await file.body()).equals(png)).toBe(true);
    expect((await fetch(`${server.url}${href}`)).status).toBe(401);
    const card = r.getByRole('region', { name: 'Report to a competent authority (Art. 18)' });
    await card.getByRole('button', { name: 'Report a threat to life or safety' }).click();
    await card.getByRole('button', { name: 'Record and forward the report' }).click();
    await card.getByText('Name the authority.').waitFor();
    expect(await card.getByLabel('Authority', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await card.getByText('Choose the member state concerned.').count()).toBe(1);

    await card.getByLabel('Authority', { exact: true }).fill('Bundeskriminalamt');
    await card.getByLabel('Member state concerned').selectOption('DE');
    await card.getByLabel('What gives rise to the suspicion').fill('The seller offers helmets with a fake safety certificate to a children’s cycling club.');
    await card.getByRole('button', { name: 'Record and forward the report' }).click();
    await card.getByRole('status').filter({ hasText: /Report [0-9a-f-]{36} recorded at/ }).waitFor();
    await shot(r, 'art18');
    const id = (await card.getByRole('status').textContent())!.match(/Report ([0-9a-f-]{36})/)![1];
    const events = (await staff(`/api/v1/ledger?subject=escalation:${id}`)).json() as { items: { type: string; payload: { case_id: string; member_state: string } }[] };
    expect(events.items[0]).toMatchObject({ type: 'escalation.forwarded', payload: { case_id: caseId, member_state: 'DE' } });
    expect(reviewer.pageErrors).toEqual([]);
  }, 60_000);

  it('lets a second reviewer reject and approve severe decisions', async () => {
    const caseId = await fileNotice(BAG.id);
    const severe = {
      ground: 'illegal', legal_ground: LEGAL_GROUND, explanation: 'The trader sells counterfeit designer goods in many listings, repeatedly and knowingly.',
      category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
    };
    const decide = async (actions: string[]) => {
      const res = await server.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, headers: { authorization: `Bearer ${apiKey}` }, payload: { ...severe, actions } });
      expect(res.json()).toMatchObject({ status: 'pending_approval' });
      return (res.json() as { decision_ids: string[] }).decision_ids[0]!;
    };
    const terminate = await decide(['terminate_account']);

    const senior = await browsers.person();
    const s = senior.page;
    await s.goto(`${server.url}/approvals`);
    await s.getByLabel('E-mail').fill(SENIOR.email);
    await s.getByLabel('Password').fill(SENIOR.password);
    await s.getByRole('button', { name: 'Sign in' }).click();
    await s.getByRole('heading', { level: 1, name: 'Decisions awaiting a second reviewer' }).waitFor();
    expect(await s.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).getAttribute('aria-current')).toBe('page');
    const card = s.getByRole('article', { name: `Terminate the account — ${BAG.id}` });
    await card.waitFor();
    expect(await card.textContent()).toContain('repeatedly and knowingly');
    await card.getByRole('button', { name: 'Reject…' }).click();
    await card.getByLabel('Why it is rejected').fill('too short');
    await card.getByRole('button', { name: 'Reject the decision' }).click();
    await card.getByText('Give the reason in at least 10 characters.').waitFor();
    await card.getByLabel('Why it is rejected').fill('Termination is disproportionate for a first finding; suspend the account instead.');
    await card.getByRole('button', { name: 'Reject the decision' }).click();
    await s.getByRole('status').filter({ hasText: `Decision ${terminate} rejected` }).waitFor();
    await s.getByText('No decision is waiting for approval.').waitFor();
    expect(((await staff(`/api/v1/decisions/${terminate}`)).json() as { status: string }).status).toBe('rejected');

    const suspend = await decide(['suspend_account']);
    await s.reload();
    const next = s.getByRole('article', { name: `Suspend the account — ${BAG.id}` });
    await next.getByRole('button', { name: 'Approve' }).click();
    await s.getByRole('status').filter({ hasText: `Decision ${suspend} approved` }).waitFor();
    await shot(s, 'approvals');
    expect(((await staff(`/api/v1/decisions/${suspend}`)).json() as { status: string }).status).not.toBe('pending_approval');

    // A reviewer does not see the list in the navigation.
    const reviewer = await browsers.person();
    await reviewer.page.goto(`${server.url}/queue`);
    await signIn(reviewer.page);
    await reviewer.page.getByRole('heading', { level: 1, name: 'Queue' }).waitFor();
    expect(await reviewer.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).count()).toBe(0);
    for (const p of [senior, reviewer]) expect(p.pageErrors).toEqual([]);
  }, 90_000);
});
