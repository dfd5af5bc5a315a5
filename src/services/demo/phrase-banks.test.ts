import { describe, expect, it } from 'vitest';
import { HARD_NEGATIVES } from './hard-negatives.js';
import { DEMO_LANGUAGES } from './languages.js';
import { draftLegitListing, PRODUCT_CATEGORIES } from './legit-listing.js';
import { draftFromOffer } from './offer-listing.js';
import { PROBLEM_KIND_WEIGHTS, PROBLEM_OFFERS } from './problem-listing.js';
import { Rng } from './prng.js';
import { EVADE_OPEN, stripMarkers } from './text.js';
import { buildTraderTable } from './traders.js';
import { DEMO_PROBLEM_KINDS } from './types.js';

const trader = buildTraderTable(3, 1, Date.UTC(2026, 0, 1))[0];
if (!trader) throw new Error('no trader');

/** Every string must be finished text: no unfilled {slot}, no marker, no doubled spaces. */
function expectFinished(text: string | null, where: string): void {
  if (text === null) return;
  const plain = stripMarkers(text);
  expect(plain.trim(), where).not.toBe('');
  expect(plain, where).not.toMatch(/[{}]/);
  expect(plain, where).not.toMatch(/ {2}|\s[,.]\s|\s[,.]$/);
}

describe('phrase banks', () => {
  it('cover the fifteen marketplace categories', () => {
    const roots = new Set(PRODUCT_CATEGORIES.flatMap((c) => c.products.map((p) => p.path[0])));
    for (const root of ['Electronics', 'Phones & Accessories', 'Fashion', 'Shoes', 'Watches & Jewellery', 'Home & Kitchen', 'Garden', 'Toys & Baby',
      'Beauty & Cosmetics', 'Health & Supplements', 'Sports & Outdoors', 'Automotive', 'Books', 'Pet Supplies', 'Tools & DIY']) {
      expect(roots, root).toContain(root);
    }
  });

  it('give every product a name and selling point in all eight languages and a sane price', () => {
    for (const product of PRODUCT_CATEGORIES.flatMap((c) => c.products)) {
      for (const text of [...product.name, ...product.feature]) expectFinished(text, product.key);
      expect(product.models.length > 0 || product.noName !== null, product.key).toBe(true);
      for (const [, , price] of product.models) expect(price).toBeGreaterThan(1);
      if (product.noName) expect(product.noName[0]).toBeLessThan(product.noName[1]);
    }
  });

  it('render ordinary listings in every language', () => {
    for (const lang of DEMO_LANGUAGES) {
      for (let seed = 0; seed < 400; seed++) {
        const draft = draftLegitListing(new Rng(seed), lang, trader);
        expectFinished(draft.title, `${lang}/${seed}`);
        expectFinished(draft.description, `${lang}/${seed}`);
        expect(draft.title).not.toContain(EVADE_OPEN);
      }
    }
  });

  it('render every problem offer and hard negative in every language it is written for', () => {
    for (const offer of [...PROBLEM_OFFERS, ...HARD_NEGATIVES]) {
      for (const lang of offer.languages ?? DEMO_LANGUAGES) {
        for (let seed = 0; seed < 30; seed++) {
          const draft = draftFromOffer(offer, new Rng(seed), lang, trader);
          const where = `${offer.topic}/${lang}/${seed}`;
          expectFinished(draft.title, where);
          expectFinished(draft.description, where);
          expectFinished(draft.brand, where);
          expect(draft.priceEur, where).toBeGreaterThan(0);
        }
      }
    }
  });

  it('mark an evadable span in the title of every offer that declares one', () => {
    for (const offer of PROBLEM_OFFERS.filter((o) => (o.evade?.length ?? 0) > 0)) {
      for (const lang of offer.languages ?? DEMO_LANGUAGES) {
        expect(draftFromOffer(offer, new Rng(1), lang, trader).title, `${offer.topic}/${lang}`).toContain(EVADE_OPEN);
      }
    }
  });

  it('have offers of every problem kind in every language', () => {
    expect(Object.keys(PROBLEM_KIND_WEIGHTS).sort()).toEqual([...DEMO_PROBLEM_KINDS].sort());
    for (const kind of DEMO_PROBLEM_KINDS.filter((k) => k !== 'off_platform_contact')) {
      for (const lang of DEMO_LANGUAGES) {
        const usable = PROBLEM_OFFERS.filter((o) => o.kind === kind && (!o.languages || o.languages.includes(lang)));
        expect(usable.length, `${kind}/${lang}`).toBeGreaterThan(0);
      }
    }
  });
});
