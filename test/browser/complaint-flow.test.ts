/**
 * Internal complaints in a real browser against a real server (Art. 20, CH-2, CH-4, ODS-1): the
 * trader follows the complaint link of their statement of reasons (no account), explains and
 * attaches three files of common types, gets the private status link; a senior reviewer who did
 * not take the decision finds it in the complaint queue, reads the original decision, the evidence
 * of both sides and the history, and reverses it; the trader's status page shows the reasoned
 * outcome with the out-of-court settlement information. A link that is not theirs reveals nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../src/core/events.js';
import { decisionDeps } from '../../src/http/routes/decisions.js';
import { decision, statement } from '../../src/store/schema/index.js';
import { takeDecision } from '../../src/services/decisions/take.js';
import { upsertBody } from '../../src/services/disputes/disputes.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Browsers, SCREENSHOTS } from './browser.js';
import { seedNoticeFlow, WATCH } from './notice-seed.js';
import { evidencePng } from './notice-steps.js';
import { ensureConsoleBuilt } from './web-build.js';

const SENIOR = { email: 'senior@vigil.test', password: 'correct horse battery staple', displayName: 'Sam Senior' };
const COMPLIANCE = { email: 'compliance@vigil.test', password: 'correct horse battery staple', displayName: 'Chloé Compliance' };
let server: TestServer;
let decisionId = '';
let complaintPath = '';
const browsers = new Browsers();

beforeAll(async () => {
  ensureConsoleBuilt();
  server = await startTestServer('pglite', { env: { VIGIL_PUBLIC_RATE_LIMIT: '1000' } });
  await seedNoticeFlow(server.ctx);
  await server.ctx.auth.createUser(SYSTEM_ACTOR, { email: SENIOR.email, displayName: SENIOR.displayName, role: 'senior_reviewer', password: SENIOR.password });
  await server.ctx.auth.createUser(SYSTEM_ACTOR, { email: COMPLIANCE.email, displayName: COMPLIANCE.displayName, role: 'compliance_officer', password: COMPLIANCE.password });
  await upsertBody(server.ctx.store.db, server.ctx.clock, SYSTEM_ACTOR, {
    id: 'ODS-DE-1', name: 'Digital Disputes Board', certified_by: 'Bundesnetzagentur (DE)', member_states: ['DE'], languages: ['de', 'en'], url: 'https://ods.example/de', fee_cents: 8500, fee_note: 'EUR 85 per dispute',
  });
  const n = await server.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
    locations: [{ item: { kind: 'listing', id: WATCH.id } }], explanation: 'Counterfeit Rolex watch sold as a 1:1 replica; the brand owner never made it.',
    notifier: { name: 'Rita Rights', email: 'rita@brand.example' }, good_faith: true, language: 'en',
  } });
  const r = await takeDecision(decisionDeps(server.ctx), { kind: 'human', id: 'user:original-reviewer' }, 'user:original-reviewer', n.json().case_ids[0], {
    actions: ['remove'], ground: 'illegal', legal_ground: 'Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark',
    explanation: 'The listing offers a counterfeit Rolex Submariner, advertised as a 1:1 replica and bearing the Rolex trade mark without consent.',
    category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
    failed_attribute: 'product title and brand', finding: 'the title offers a "1:1 replica" of a Rolex Submariner at 49 EUR, shipped from HK',
  });
  decisionId = r.decision_ids[0]!;
  const [st] = await server.ctx.store.db.select().from(statement).where(eq(statement.decisionId, decisionId));
  const url = new URL((st!.traderMessage as { complaintUrl: string }).complaintUrl);
  complaintPath = `${url.pathname}${url.search}`;
  await browsers.start();
});

afterAll(async () => {
  await browsers.close();
  await server?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

describe('internal complaints', () => {
  let statusLink = '';

  it('lets the trader complain from the statement link with three files, without an account', async () => {
    const { page, pageErrors } = await browsers.person();
    await page.goto(`${server.url}${complaintPath}`);
    await page.getByRole('heading', { level: 1, name: 'Complain about a decision' }).waitFor();
    expect(await page.getByText('You are complaining as the seller the decision is about.').count()).toBe(1);
    expect(await page.getByText(decisionId).count()).toBe(1);
    // Too short: the form says so next to the field, nothing is sent.
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please correct the following' }).waitFor();
    await page.getByLabel('Why do you disagree?').fill('These are genuine watches bought from the brand distributor; the invoice and the authorisation are attached.');
    await page.getByLabel('Evidence files').setInputFiles([
      { name: 'invoice.txt', mimeType: 'text/plain', buffer: Buffer.from('Invoice 2026-117: 20 Submariner watches from the brand distributor') },
      { name: 'authorisation.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% brand authorisation for Lux Watches\n') },
      { name: 'photo.png', mimeType: 'image/png', buffer: await evidencePng() },
    ]);
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByRole('heading', { name: 'Complaint received' }).waitFor();
    statusLink = (await page.locator('.notice-success a').getAttribute('href'))!;
    expect(statusLink).toMatch(/^\/complaints\/status\/[0-9a-f-]+\?token=/);
    await shot(page, 'complaint-received');
    expect(pageErrors).toEqual([]);
  });

  it('refuses a link that is not the visitor’s without revealing the decision, in German', async () => {
    const { page } = await browsers.person('de-DE');
    await page.goto(`${server.url}/complaints/new?decision=${decisionId}&token=not-the-right-token&lang=de`);
    await page.getByRole('heading', { level: 1, name: 'Beschwerde gegen eine Entscheidung' }).waitFor();
    await page.getByText('Dieser Beschwerdelink ist ungültig.', { exact: false }).waitFor();
    expect(await page.getByText(decisionId).count()).toBe(0);
  });

  it('lets a different senior reviewer review both sides and reverse the decision', async () => {
    const { page, pageErrors } = await browsers.person();
    await page.goto(`${server.url}/complaints`);
    await page.getByLabel('E-mail').fill(SENIOR.email);
    await page.getByLabel('Password').fill(SENIOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Complaint queue' }).waitFor();
    await page.getByRole('link', { name: /^C-/ }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Original decision' }).waitFor();
    // The original decision, the complainant's side with its files, the side the decision rested on, the history.
    expect(await page.getByText('bearing the Rolex trade mark without consent').count()).toBeGreaterThan(0);
    const mine = page.locator('section', { has: page.getByRole('heading', { name: 'Complainant’s side' }) });
    for (const f of ['invoice.txt', 'authorisation.pdf', 'photo.png']) expect(await mine.getByRole('link', { name: f }).count()).toBe(1);
    const theirs = page.locator('section', { has: page.getByRole('heading', { name: 'What the decision rested on' }) });
    expect(await theirs.getByText('Counterfeit Rolex watch sold as a 1:1 replica').count()).toBe(1);
    const history = page.locator('section', { has: page.getByRole('heading', { name: 'History' }) });
    for (const type of ['notice.received', 'decision.taken', 'complaint.received']) expect(await history.getByText(type, { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Claim complaint' }).click();
    await page.getByText('You hold this complaint until', { exact: false }).waitFor();
    await page.getByLabel('Reverse the decision').check();
    await page.getByLabel('Reasons (sent to the complainant)').fill('The distributor invoice and the brand authorisation show the watches are genuine; the removal is reversed.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Decision recorded: Reversed.').waitFor();
    await shot(page, 'complaint-reviewed');
    const [d] = await server.ctx.store.db.select().from(decision).where(eq(decision.id, decisionId));
    expect(d!.status).toBe('reversed');
    expect(pageErrors).toEqual([]);
  });

  it('shows the trader the reasoned outcome with out-of-court settlement information (CH-4, ODS-1)', async () => {
    const { page } = await browsers.person();
    await page.goto(`${server.url}${statusLink}`);
    await page.getByRole('heading', { level: 1, name: 'Status of your complaint' }).waitFor();
    await page.getByText('The original decision was reversed').waitFor();
    expect(await page.getByText('the removal is reversed', { exact: false }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Out-of-court dispute settlement' }).waitFor();
    expect(await page.getByRole('link', { name: 'Certified bodies and how to choose one' }).getAttribute('href')).toBe(server.ctx.config.outOfCourtUrl);
  });

  it('lets the compliance officer register an out-of-court dispute, record good-faith engagement and the outcome with its fee', async () => {
    const { page, pageErrors } = await browsers.person();
    await page.goto(`${server.url}/disputes`);
    await page.getByLabel('E-mail').fill(COMPLIANCE.email);
    await page.getByLabel('Password').fill(COMPLIANCE.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Out-of-court disputes' }).waitFor();
    await page.getByLabel('Body’s reference').fill('DDB-2026-0042');
    await page.getByLabel('Decision id').fill(decisionId);
    await page.getByRole('button', { name: 'Register dispute' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dispute ODS-DE-1 DDB-2026-0042' }).waitFor();
    await page.getByLabel('Note').fill('Sent the decision file and the complaint outcome to the body.');
    await page.getByRole('button', { name: 'Record step' }).click();
    await page.locator('section', { has: page.getByRole('heading', { name: 'Good-faith engagement' }) }).getByText('Sent the decision file', { exact: false }).waitFor();
    await page.getByLabel('Outcome', { exact: true }).selectOption('for_platform');
    await page.getByLabel('Summary of the body’s decision').fill('The body found the removal justified on the evidence.');
    await page.getByRole('button', { name: 'Record outcome' }).click();
    const payments = page.locator('section', { has: page.getByRole('heading', { name: 'Fees and reimbursements (Art. 21(5))' }) });
    await payments.getByText('body_fee: platform → body, 85.00 EUR', { exact: false }).waitFor();
    await shot(page, 'dispute-decided');
    expect(pageErrors).toEqual([]);
  });
});
