/**
 * Notice and action in a real browser against a real server: a logged-out person reports a
 * listing on the public form (with evidence), gets the receipt and the private status link; a
 * reviewer finds the case in the queue, claims it, decides it through the decision form and reads
 * the statement of reasons; the notifier's status page then shows the decision. Also: the form
 * in German.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/store/schema/index.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Browsers, SCREENSHOTS, signIn, type Person } from './browser.js';
import { seedNoticeFlow, WATCH } from './notice-seed.js';
import { evidencePng, fillDecisionButLegalGround } from './notice-steps.js';
import { HELMET } from './seed.js';
import { ensureConsoleBuilt } from './web-build.js';

let server: TestServer;
const browsers = new Browsers();

beforeAll(async () => {
  ensureConsoleBuilt();
  server = await startTestServer('pglite', { env: { VIGIL_PUBLIC_RATE_LIMIT: '1000' } });
  await seedNoticeFlow(server.ctx);
  await browsers.start();
});

afterAll(async () => {
  await browsers.close();
  await server?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
const notices = () => server.ctx.store.db.select().from(notice);
const onlyOurServer = (p: Person) => p.requests.filter((u) => !u.startsWith(`${server.url}/`));

describe('notice and action', () => {
  it('takes a public notice through the reviewer’s decision to the notifier’s status page', async () => {
    const notifier = await browsers.person();
    const { page } = notifier;
    let documents = 0;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) documents += 1;
    });

    // Screen 1 is the form itself: the marketplace's "Report" link names the item; no login, no interstitial.
    await page.goto(`${server.url}/report?item=listing:${WATCH.id}&url=${encodeURIComponent(WATCH.url)}`);
    await page.getByRole('heading', { level: 1, name: 'Report illegal content' }).waitFor();
    const send = page.getByRole('button', { name: 'Send report' });
    expect(await send.isEnabled()).toBe(true);
    expect(documents).toBe(1);
    expect(notifier.requests.filter((u) => u.includes('/api/'))).toEqual([]);
    expect(await page.getByText(`Listing ${WATCH.id}`).count()).toBe(1);

    // Sending it empty: every problem is announced in the summary and stated next to its field.
    await send.click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Please correct 4 problems in the form:');
    expect(await page.evaluate<string | null>('document.activeElement?.getAttribute("role") ?? null')).toBe('alert');
    const explanation = page.getByLabel('Explanation');
    expect(await explanation.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Explain in at least 10 characters why the content is illegal.').count()).toBe(2);
    expect(await notices()).toHaveLength(0);

    await page.getByLabel('Type of problem').selectOption({ label: 'Intellectual property infringements (e.g. counterfeits)' });
    await explanation.fill('Counterfeit Rolex watch sold as a "1:1 replica"; the brand owner never made this item.');
    await page.getByLabel('Your name').fill('Rita Rights');
    await page.getByLabel('Your e-mail address').fill('rita@brand.example');
    await page.getByLabel('I confirm in good faith').check();
    expect(await explanation.getAttribute('aria-invalid')).toBeNull();

    // A file named .png that is no image passes the browser's check; the server's refusal lands next to the field.
    const evidence = page.getByLabel('Evidence files');
    await evidence.setInputFiles({ name: 'not-a-photo.png', mimeType: 'image/png', buffer: Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 7]) });
    await send.click();
    await page.getByRole('alert').filter({ hasText: 'Please correct 1 problem in the form:' }).waitFor();
    expect(await page.getByText('Not accepted: not-a-photo.png must be an image (JPEG, PNG, GIF, WebP), a PDF or plain text.').count()).toBe(2);
    expect(await evidence.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Remove not-a-photo.png' }).click();
    await evidence.setInputFiles({ name: 'counterfeit-photo.png', mimeType: 'image/png', buffer: await evidencePng() });
    await page.getByText('counterfeit-photo.png', { exact: true }).waitFor();
    await shot(page, 'notice-form-filled');

    // A double click files one notice: the button locks and the idempotency key is per submission.
    await send.dblclick();
    await page.getByRole('heading', { level: 1, name: 'Thank you. We have received your report.' }).waitFor();
    const stored = await notices();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ language: 'en', category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', notifierName: 'Rita Rights', goodFaith: true });
    const reference = `N-${stored[0]!.id.slice(0, 8).toUpperCase()}`;
    expect(await page.getByText(reference, { exact: true }).count()).toBe(1);
    expect(await page.getByText('We are sending a confirmation to rita@brand.example.').count()).toBe(1);
    const link = await page.getByText(`${server.url}/notices/status/`).textContent();
    expect(link).toMatch(new RegExp(`/notices/status/${stored[0]!.id}\\?token=[\\w-]+&lang=en$`));
    await shot(page, 'notice-receipt');

    await page.getByRole('link', { name: 'View the status of your report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Status of your report' }).waitFor();
    await page.getByText('Received — being reviewed').first().waitFor();
    expect(await page.getByText('No decision yet').count()).toBe(1);

    // The reviewer: the queue after sign-in, the case, a claim.
    const reviewer = await browsers.person();
    const r = reviewer.page;
    await r.goto(`${server.url}/queue`);
    await r.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(r);
    await r.getByRole('heading', { level: 1, name: 'Queue' }).waitFor();
    expect((await r.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).slice(0, 3)).toEqual(['Queue', 'Catalog', 'Traders']);
    const row = r.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: `Listing ${WATCH.id}` });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Standard notices \(en\).*Intellectual property infringements.*Not claimed.*Open/);
    await shot(r, 'queue');
    // The queue filter: the case's own queue keeps it, another queue does not.
    await r.getByLabel('Queue', { exact: true }).selectOption({ label: 'Trusted flaggers' });
    await r.getByRole('button', { name: 'Show' }).click();
    await r.getByText('No cases match these filters.').waitFor();
    expect(new URL(r.url()).searchParams.get('queue')).toBe('trusted_flagger');
    await r.getByLabel('Queue', { exact: true }).selectOption({ label: 'Standard notices (en)' });
    await r.getByRole('button', { name: 'Show' }).click();
    await row.waitFor();
    await row.getByRole('link', { name: `Listing ${WATCH.id}` }).click();

    await r.getByRole('heading', { level: 1, name: WATCH.title }).waitFor();
    const buyerView = r.getByRole('region', { name: 'Listing as the buyer saw it' });
    expect(await buyerView.getByRole('heading', { level: 3, name: WATCH.title }).count()).toBe(1);
    expect(await buyerView.textContent()).toContain('ships from HK. Box and papers included.');
    const noticeRegion = r.getByRole('region', { name: 'Notice', exact: true });
    expect(await noticeRegion.textContent()).toContain('the brand owner never made this item');
    await noticeRegion.getByText('counterfeit-photo.png').waitFor();
    expect(await r.getByRole('region', { name: 'Trader' }).getByRole('link', { name: WATCH.trader }).count()).toBe(1);

    await r.getByRole('button', { name: 'Claim' }).click();
    await r.getByRole('status').filter({ hasText: 'You have claimed this case.' }).waitFor();
    await r.getByRole('button', { name: 'Release' }).waitFor();
    expect(await r.getByRole('region', { name: 'Work on this case' }).textContent()).toMatch(/You until/);

    // The decision form refuses to record a decision on illegal content without its legal ground.
    const form = r.getByRole('region', { name: 'Decide this case' });
    expect(await form.getByLabel('Category', { exact: true }).inputValue()).toBe('STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS');
    await fillDecisionButLegalGround(form);
    await form.getByRole('button', { name: 'Record decision' }).click();
    await form.getByRole('alert').filter({ hasText: 'The decision cannot be recorded yet: 1 field needs attention.' }).waitFor();
    const legalGround = form.getByLabel('Legal ground');
    expect(await legalGround.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByText('Name the legal ground relied on (at least 5 characters); it is required for illegal content.').count()).toBe(2);
    await shot(r, 'decision-form-error');

    await legalGround.fill('Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await r.getByText('Decision recorded — Awaiting confirmation of effect').waitFor();
    const decisions = r.getByRole('table', { name: 'Decisions' });
    await decisions.getByRole('row').filter({ hasText: 'Remove the item' }).waitFor();
    expect(await r.getByRole('region', { name: 'Decide this case' }).count()).toBe(0);
    await shot(r, 'case-decided');

    await r.getByRole('link', { name: 'View the statement of reasons' }).click();
    await r.getByRole('heading', { level: 1, name: 'Statement of reasons' }).waitFor();
    const toTrader = r.getByRole('region', { name: 'To the trader' });
    expect(await toTrader.textContent()).toContain('Regulation (EU) 2017/1001, Article 9(2)');
    const tdb = r.getByRole('region', { name: 'Transparency Database record' });
    const record = await tdb.textContent();
    for (const v of ['DECISION_VISIBILITY_CONTENT_REMOVED', 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', 'KEYWORD_TRADEMARK_INFRINGEMENT', 'SOURCE_ARTICLE_16']) expect(record).toContain(v);
    expect(record).not.toMatch(/Rita|rita@brand/);
    await shot(r, 'statement');

    // The notifier's status page now shows the decision.
    await page.reload();
    await page.getByText('Action was taken against the content').first().waitFor();
    expect(await page.getByText('Decided', { exact: true }).count()).toBeGreaterThan(0);
    await shot(page, 'notice-status-decided');

    for (const p of [notifier, reviewer]) {
      expect(onlyOurServer(p)).toEqual([]);
      expect(p.pageErrors).toEqual([]);
    }
  }, 120_000);

  it('speaks German: labels, validation messages, receipt and status page', async () => {
    const person = await browsers.person();
    const { page } = person;
    await page.goto(`${server.url}/report?item=listing:${HELMET.id}`);
    await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
    await page.getByRole('heading', { level: 1, name: 'Rechtswidrige Inhalte melden' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('de');
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('de');

    await page.getByRole('button', { name: 'Meldung senden' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Bitte korrigieren Sie 4 Probleme im Formular:');
    expect(await page.getByText('Begründen Sie in mindestens 10 Zeichen, warum der Inhalt rechtswidrig ist.').count()).toBe(2);
    expect(await page.getByLabel('Begründung').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Ihre E-Mail-Adresse').fill('keine-adresse');
    // Checked live after the first attempt, in the summary and next to the field.
    await expect.poll(() => page.getByText('Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.').count()).toBe(2);
    await shot(page, 'notice-form-de-errors');

    // Reports of child sexual abuse material may be anonymous (Art. 16(2)(c)).
    await page.getByLabel('Diese Meldung betrifft Darstellungen sexuellen Missbrauchs von Kindern').check();
    await page.getByLabel('Ihre E-Mail-Adresse').fill('');
    expect(await page.getByLabel('Ihr Name').getAttribute('aria-invalid')).toBeNull();
    await page.getByLabel('Begründung').fill('Die Produktbilder zeigen Darstellungen, die Kinder sexualisieren.');
    await page.getByLabel('Ich bestätige in gutem Glauben').check();
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vielen Dank. Wir haben Ihre Meldung erhalten.' }).waitFor();
    const filed = (await notices()).find((n) => n.language === 'de');
    expect(filed).toMatchObject({ notifierName: null, notifierEmail: null });

    await page.getByRole('link', { name: 'Stand Ihrer Meldung ansehen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stand Ihrer Meldung' }).waitFor();
    await page.getByText('Eingegangen – wird geprüft').first().waitFor();
    await shot(page, 'notice-status-de');
    expect(onlyOurServer(person)).toEqual([]);
    expect(person.pageErrors).toEqual([]);
  }, 60_000);
});
