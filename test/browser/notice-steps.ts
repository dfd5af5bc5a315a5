/** Steps the notice-flow test repeats or that would bury its story in detail. */
import sharp from 'sharp';
import type { Locator, Page } from 'playwright-core';
import { signIn } from './browser.js';

/** A real PNG (the server identifies evidence by its bytes, not its name). */
export const evidencePng = (): Promise<Buffer> =>
  sharp({ create: { width: 160, height: 120, channels: 3, background: '#b03a2e' } }).png().toBuffer();

/** Everything the statement of reasons needs for the counterfeit watch, except the legal ground. */
export async function fillDecisionButLegalGround(form: Locator): Promise<void> {
  await form.getByLabel('Remove the item').check();
  await form.getByLabel('Illegal content (Art. 17(3)(d))').check();
  await form.getByLabel('Explanation').fill('The listing offers a counterfeit Rolex Submariner, advertised as a 1:1 replica and bearing the Rolex trade mark without consent.');
  await form.getByLabel('Keyword', { exact: true }).selectOption({ label: 'Trademark infringements' });
  await form.getByLabel('Failed attribute').fill('product title and brand');
  await form.getByLabel('Finding').fill('the title offers a "1:1 replica" of a Rolex Submariner at 49 EUR, shipped from HK');
}

interface Signal {
  span: { field: string; start: number; end: number } | null;
  evidence: string;
  rule: string;
  category: string | null;
}

const SCREENING = '**/api/v1/listings/*/screening';

/** Stands in for the screening route: `null` answers 404 as a server without it would. */
export async function answerScreening(page: Page, signals: Signal[] | null): Promise<void> {
  await page.unroute(SCREENING);
  await page.route(SCREENING, (route) => (signals === null
    ? route.fulfill({ status: 404, json: { error: { code: 'not_found', message: 'no route GET /api/v1/listings/x/screening' } } })
    : route.fulfill({ json: { signals } })));
}

/** Opens a case as the signed-in reviewer and waits for it: returns the decision form's region. */
export async function openCaseToDecide(page: Page, baseUrl: string, caseId: string, title: string): Promise<Locator> {
  await page.goto(`${baseUrl}/cases/${caseId}`);
  await signIn(page);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return page.getByRole('region', { name: 'Decide this case' });
}
