/** Chromium through playwright-core: one browser per test file, a fresh profile per person in a test. */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REVIEWER } from './seed.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
export const SCREENSHOTS = 'test-results';

export interface Person {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
}

export class Browsers {
  private browser: Browser | null = null;
  private readonly contexts: BrowserContext[] = [];

  async start(): Promise<void> {
    this.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }

  async person(locale = 'en-GB'): Promise<Person> {
    if (!this.browser) throw new Error('call start() first');
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const requests: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return { page, requests, pageErrors };
  }

  async close(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser?.close();
  }
}

export async function signIn(page: Page): Promise<void> {
  await page.getByLabel('E-mail').fill(REVIEWER.email);
  await page.getByLabel('Password').fill(REVIEWER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
