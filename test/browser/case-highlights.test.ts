/**
 * The case view with detection hits: highlighted in the listing text when the screening route
 * answers, and the listing shown plainly (nothing failing) when it answers 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { Browsers, SCREENSHOTS, signIn } from './browser.js';
import { BAG, seedNoticeFlow } from './notice-seed.js';
import { answerScreening } from './notice-steps.js';
import { ensureConsoleBuilt } from './web-build.js';

let server: TestServer;
const browsers = new Browsers();

beforeAll(async () => {
  ensureConsoleBuilt();
  server = await startTestServer();
  await seedNoticeFlow(server.ctx);
  await browsers.start();
});

afterAll(async () => {
  await browsers.close();
  await server?.close();
});

describe('case view', () => {
  it('highlights detection hits in the listing text when the screening route answers', async () => {
    const filed = await server.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
      locations: [{ item: { kind: 'listing', id: BAG.id } }], explanation: 'A counterfeit designer bag sold as a mirror-quality copy.', notifier: { name: 'Bea', email: 'bea@example.org' }, good_faith: true,
    } });
    expect(filed.statusCode).toBe(201);
    const caseId = (filed.json() as { case_ids: string[] }).case_ids[0]!;
    const reviewer = await browsers.person();
    const r = reviewer.page;
    const buyerView = r.getByRole('region', { name: 'Listing as the buyer saw it' });
    const title = buyerView.getByRole('heading', { level: 3, name: BAG.title });

    // Without the screening route (404) the listing is shown plainly and nothing fails.
    await answerScreening(r, null);
    await r.goto(`${server.url}/cases/${caseId}`);
    await signIn(r);
    await title.waitFor();
    expect(await buyerView.getByTitle(/^Detection hit/).count()).toBe(0);
    expect(await r.getByRole('alert').count()).toBe(0);

    const start = BAG.title.indexOf('mirror quality');
    await answerScreening(r, [
      { span: { field: 'title', start, end: start + 'mirror quality'.length }, evidence: 'mirror quality', rule: 'counterfeit.replica_terms', category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS' },
      { span: { field: 'description', start: 8, end: 12 }, evidence: 'copy', rule: 'counterfeit.copy_term', category: null },
    ]);
    await r.reload();
    await title.waitFor();
    expect(await buyerView.getByTitle('Detection hit: counterfeit.replica_terms').textContent()).toBe('mirror quality');
    expect(await buyerView.getByTitle('Detection hit: counterfeit.copy_term').textContent()).toBe('copy');
    expect(await buyerView.textContent()).toContain('Detection hits (2)');
    await r.screenshot({ path: `${SCREENSHOTS}/case-highlights.png`, fullPage: true });
    expect(reviewer.pageErrors).toEqual([]);
  }, 60_000);
});
