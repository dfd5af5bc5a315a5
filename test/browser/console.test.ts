/**
 * The console in a real browser against a real server: sign-in (good and bad), search, paging,
 * a listing's detail with its version and ledger history, deep links and sign-out.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSubject } from '../../src/store/ledger.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { FILLERS, HELMET, REVIEWER, seedMarketplace } from './seed.js';
import { ensureConsoleBuilt } from './web-build.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  ensureConsoleBuilt();
  server = await startTestServer();
  await seedMarketplace(server.ctx);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

/** A fresh browser profile that records every request and every uncaught page error. */
async function openPage(): Promise<{ page: Page; requests: string[]; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { page, requests, pageErrors };
}

async function signIn(page: Page, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(REVIEWER.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('console', () => {
  it('shows the API error message when sign-in fails', async () => {
    const { page, pageErrors } = await openPage();
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, 'not the password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/e-mail or password is wrong/i);
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('signs in, searches, pages and opens a listing with its version and ledger history', async () => {
    const { page, requests, pageErrors } = await openPage();
    await page.goto(server.url);
    await signIn(page, REVIEWER.password);

    // The shell: navigation to pages that exist, the user, the catalog.
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    // Other sections (complaints, disputes, the penalty policy, …) follow the first three.
    const sections = await nav.getByRole('link').allTextContents();
    expect(sections.slice(0, 3)).toEqual(['Queue', 'Catalog', 'Traders']);
    expect(sections).toEqual(expect.arrayContaining(['Complaints', 'Disputes']));
    expect(await page.getByText(`Signed in as ${REVIEWER.displayName} (reviewer)`).count()).toBe(1);

    // Cursor paging: 25 listings, then "Load more" fetches the rest.
    const results = page.getByRole('table', { name: 'Listings' });
    await results.waitFor();
    expect(await results.getByRole('row').count()).toBe(1 + 25);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => results.getByRole('row').count()).toBe(1 + FILLERS + 1);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    // Search narrows the list to the helmet, and the search is in the URL.
    await page.getByLabel('Search listings').fill('fahrradhelm');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => results.getByRole('row').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('q')).toBe('fahrradhelm');

    // A filter that matches nothing says so.
    await page.getByLabel('Language').fill('fr');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No listings match these filters.').waitFor();
    await page.goBack();
    await results.waitFor();

    await results.getByRole('link', { name: HELMET.title }).click();
    await page.getByRole('heading', { level: 1, name: HELMET.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/listings/L-helmet%2E1');

    // Images are listed as links, never loaded.
    const images = page.getByRole('region', { name: 'Images' });
    expect(await images.getByRole('link').allTextContents()).toEqual(['https://img.marketplace.invalid/p/helmet-front.jpg', 'https://img.marketplace.invalid/p/helmet-side.jpg']);

    // Version history: both versions, the second one current.
    const versions = page.getByRole('region', { name: 'Version history' });
    await versions.getByRole('table').waitFor();
    const versionRows = versions.getByRole('row');
    expect(await versionRows.count()).toBe(3);
    expect(await versionRows.nth(2).getByRole('rowheader').textContent()).toBe('2current');

    // Ledger history: the events the server recorded, with their hash prefixes.
    const ledger = page.getByRole('region', { name: 'Ledger history' });
    await ledger.getByRole('table').waitFor();
    // Every event is listed; the catalog's own (screening may add detection events) are by the system.
    const events = await readSubject(server.ctx.store.db, 'listing', HELMET.id, 0, 50);
    expect(events.map((e) => e.type).filter((type) => type.startsWith('listing.'))).toEqual(['listing.created', 'listing.version_created']);
    for (const e of events) {
      const row = ledger.getByRole('row').filter({ hasText: e.hash.slice(0, 12) });
      expect(await row.count()).toBe(1);
      expect(await row.getByRole('rowheader').textContent()).toBe(e.type);
      if (e.type.startsWith('listing.')) expect(await row.textContent()).toContain('System');
    }

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/console-listing.png', fullPage: true });

    // The listing page is linkable: a reload (server-side index.html fallback) shows it again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: HELMET.title }).waitFor();

    // Its trader shows its listings.
    await page.getByRole('region', { name: 'Details' }).getByRole('link', { name: HELMET.traderId }).click();
    await page.getByRole('heading', { level: 1, name: 'Nordlicht Sport' }).waitFor();
    await page.getByRole('table', { name: 'Listings of this trader' }).getByRole('link', { name: HELMET.title }).waitFor();

    // Sign-out ends the session on the server too, not just in this browser.
    const [session] = (await page.context().cookies(server.url)).filter((c) => c.name === 'vigil_session');
    expect(session).toBeDefined();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const me = await fetch(`${server.url}/api/v1/auth/me`, { headers: { cookie: `vigil_session=${session!.value}` } });
    expect(me.status).toBe(401);

    expect(requests.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
