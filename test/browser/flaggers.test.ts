/**
 * The trusted-flagger screen for compliance officers (Art. 22(6), TF-2): per-flagger accuracy over
 * a period against the configured threshold, the flagger that crosses it marked, and the report
 * package for its coordinator prepared and downloaded as the API made it (its SHA-256 checks out).
 * Reviewers neither see the screen in the navigation nor get its data.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/events.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Browsers, SCREENSHOTS, signIn } from './browser.js';
import { seedMarketplace } from './seed.js';
import { ensureConsoleBuilt } from './web-build.js';

const COMPLIANCE = { email: 'compliance@vigil.test', password: 'correct horse battery staple', displayName: 'Chloé Compliance' };
const IP = 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS';
const DECISION = {
  ground: 'illegal', legal_ground: 'Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark',
  category: IP, keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
  failed_attribute: 'product title and brand', finding: 'the cushion shows the protected brand logo and is sold at a tenth of the brand price',
};
const ACT = { ...DECISION, actions: ['remove'], explanation: 'The listing offers a counterfeit cushion bearing the protected trade mark without consent.' };
const NONE = { ...DECISION, actions: ['no_action'], explanation: 'The listing is a genuine product of the seller’s own brand; nothing to act on.' };

let server: TestServer;
const browsers = new Browsers();

beforeAll(async () => {
  ensureConsoleBuilt();
  server = await startTestServer('pglite', { env: { VIGIL_PUBLIC_RATE_LIMIT: '1000', VIGIL_FLAGGER_REPORT_MIN_DECIDED: '3', VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE: '0.5' } });
  const { ctx, app } = server;
  await seedMarketplace(ctx);
  await ctx.auth.createUser(SYSTEM_ACTOR, { email: COMPLIANCE.email, displayName: COMPLIANCE.displayName, role: 'compliance_officer', password: COMPLIANCE.password });
  const admin = (await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'admin', role: 'admin' })).key;
  const reviewer = (await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'reviewer', role: 'reviewer' })).key;
  const as = (key: string) => ({ authorization: `Bearer ${key}` });
  for (const [id, name, state] of [['TF-A', 'Brand Protection Org', 'DE'], ['TF-B', 'Consumer Association', 'FR']] as const) {
    expect((await app.inject({ method: 'PUT', url: `/api/v1/trusted-flaggers/${id}`, headers: as(admin), payload: { name, awarding_member_state: state, expertise_categories: [IP] } })).statusCode).toBe(200);
  }
  let item = 0;
  const flag = async (flagger: string, decision: object) => {
    const key = (await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: flagger, role: 'trusted_flagger', subjectId: flagger })).key;
    item += 1;
    const n = await app.inject({ method: 'POST', url: '/api/v1/notices', headers: as(key), payload: {
      locations: [{ item: { kind: 'listing', id: `L-casa-${String(item).padStart(2, '0')}` } }], category: IP, good_faith: true,
      explanation: 'Counterfeit cushion with our client’s protected logo.', notifier: { name: 'Jane Doe', email: 'jane@brand.example' },
    } });
    expect(n.statusCode).toBe(201);
    const d = await app.inject({ method: 'POST', url: `/api/v1/cases/${n.json().case_ids[0]}/decisions`, headers: as(reviewer), payload: decision });
    expect(d.statusCode).toBe(201);
  };
  // TF-A: three of four decided notices unfounded (75 %): crosses 3 decided / 50 %. TF-B: two founded.
  for (const d of [NONE, NONE, NONE, ACT]) await flag('TF-A', d);
  for (const d of [ACT, ACT]) await flag('TF-B', d);
  await browsers.start();
}, 120_000);

afterAll(async () => {
  await browsers.close();
  await server?.close();
});

describe('trusted flaggers in the console', () => {
  it('shows each flagger’s accuracy against the configured threshold and downloads the report for the coordinator', async () => {
    const officer = await browsers.person();
    const p = officer.page;
    await p.goto(`${server.url}/trusted-flaggers`);
    await p.getByLabel('E-mail').fill(COMPLIANCE.email);
    await p.getByLabel('Password').fill(COMPLIANCE.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: 'Trusted flaggers' }).waitFor();
    expect(await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trusted flaggers' }).getAttribute('aria-current')).toBe('page');
    const threshold = await p.getByTestId('flaggers-threshold').textContent();
    expect(threshold).toContain('at least 3 of a flagger’s notices');
    expect(threshold).toContain('at least 50%');

    const table = p.getByRole('table', { name: /Notices of each trusted flagger received from/ });
    const a = table.locator('tr[data-flagger="TF-A"]');
    const b = table.locator('tr[data-flagger="TF-B"]');
    expect(await a.getAttribute('data-crossed')).toBe('true');
    expect(await b.getAttribute('data-crossed')).toBe('false');
    const cells = async (row: typeof a) => (await row.locator('th, td').allTextContents()).map((s) => s.trim());
    const rowA = await cells(a);
    expect(rowA[0]).toBe('Brand Protection OrgTF-A · awarded by Germany');
    expect(rowA.slice(1, 6)).toEqual(['4', '4', '3', '75%', '0']);
    expect(rowA[6]).toMatch(/^\d+ min$/);
    expect(rowA[7]).toBe('Crossed');
    expect((await cells(b)).slice(1, 8)).toEqual(['2', '2', '0', '0%', '0', expect.stringMatching(/min$/), 'Not crossed']);
    await p.screenshot({ path: `${SCREENSHOTS}/trusted-flaggers.png`, fullPage: true });

    await a.getByRole('button', { name: 'Prepare the report for Brand Protection Org' }).click();
    const panel = p.getByRole('region', { name: 'Report for the coordinator: Brand Protection Org' });
    const sha = (await panel.getByTestId('report-sha').textContent())!;
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(await panel.textContent()).toContain('Germany');
    const [download] = await Promise.all([p.waitForEvent('download'), panel.getByRole('link', { name: 'Download the report (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^trusted-flagger-report-TF-A-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.json$/);
    const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown> & { package_sha256: string };
    expect(report).toMatchObject({
      format: 'vigil.trusted-flagger-report/1', flagger: { id: 'TF-A', awarding_member_state: 'DE' },
      counts: { notices: 4, decided: 4, unfounded: 3, unfounded_share: 0.75 }, threshold: { min_decided: 3, unfounded_share: 0.5, crossed: true },
    });
    expect(report.package_sha256).toBe(sha);
    const { package_sha256: _sha, ...body } = report;
    expect(createHash('sha256').update(canonicalize(body)!).digest('hex')).toBe(sha);
    expect(JSON.stringify(report)).not.toContain('jane@brand.example');
    await p.screenshot({ path: `${SCREENSHOTS}/trusted-flaggers-report.png`, fullPage: true });

    // Another period: nothing was received then.
    await p.getByLabel('From (included)').fill('2020-01-01');
    await p.getByLabel('To (not included)').fill('2020-04-01');
    await p.getByRole('button', { name: 'Show' }).click();
    await p.getByRole('table', { name: 'Notices of each trusted flagger received from 2020-01-01 to 2020-04-01 (not included)' }).waitFor();
    expect(new URL(p.url()).search).toBe('?from=2020-01-01&to=2020-04-01');
    expect((await cells(a)).slice(1, 3)).toEqual(['0', '0']);
    expect(await a.getAttribute('data-crossed')).toBe('false');
    expect(officer.pageErrors).toEqual([]);
  }, 90_000);

  it('is neither listed nor readable for a reviewer', async () => {
    const reviewer = await browsers.person();
    const p = reviewer.page;
    await p.goto(`${server.url}/trusted-flaggers`);
    await signIn(p);
    await p.getByText('Only compliance officers and administrators see the trusted flaggers’ accuracy and prepare reports.').waitFor();
    expect(await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trusted flaggers' }).count()).toBe(0);
    expect(await p.getByRole('table').count()).toBe(0);
    expect(reviewer.pageErrors).toEqual([]);
  }, 60_000);
});
