import { describe, expect, it } from 'vitest';
import { TRADER_STATUSES, VISIBILITY } from '../../core/catalog/types.js';
import { isDomainError } from '../../core/errors.js';
import { DEFAULT_DEMO_SIZE, demoSizeFor, generateDemoCatalog } from './generate-demo-catalog.js';
import { DEMO_LANGUAGES } from './languages.js';
import { COUNTERFEIT_OFFERS } from './offers-counterfeit.js';
import type { DemoCatalog, DemoListingRecord, DemoOrderRecord, DemoTraderRecord } from './types.js';
import { DEMO_EVASIONS, DEMO_PROBLEM_KINDS } from './types.js';

const NOW = '2026-11-29T00:00:00.000Z';
const NOW_MS = Date.parse(NOW);
const DAY = 86_400_000;
const EIGHT_MONTHS_AGO = Date.UTC(2026, 2, 29);

const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const currencies = new Set(Intl.supportedValuesOf('currency'));

/** Independent EAN-13 check, so a bug in gtin.ts cannot hide itself. */
function validEan13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const sum = [...code].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return sum % 10 === 0;
}

function isIso(text: string | null | undefined): boolean {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text) && new Date(text).toISOString() === text;
}

const TRADER_KEYS = ['country', 'created_at', 'display_name', 'legal_name', 'status'];
const LISTING_KEYS = ['brand', 'category_path', 'created_at', 'currency', 'description', 'gtin', 'image_urls', 'language', 'price', 'product_url',
  'source_version', 'title', 'trader_id', 'visibility'];
const ORDER_KEYS = ['buyer_ref', 'listing_id', 'ordered_at'];

interface Collected {
  traders: DemoTraderRecord[];
  listings: DemoListingRecord[];
  orders: DemoOrderRecord[];
}

function collect(catalog: DemoCatalog): Collected {
  return { traders: [...catalog.traders], listings: [...catalog.listings], orders: [...catalog.orders] };
}

const demo = generateDemoCatalog({ seed: 11, now: NOW });
const all = collect(demo);

describe('generateDemoCatalog', () => {
  it('seeds at least 100 traders, 2,000 listings and some hundreds of orders by default', () => {
    expect(DEFAULT_DEMO_SIZE.traders).toBeGreaterThanOrEqual(100);
    expect(DEFAULT_DEMO_SIZE.listings).toBeGreaterThanOrEqual(2000);
    expect(DEFAULT_DEMO_SIZE.orders).toBeGreaterThanOrEqual(200);
    expect(all.traders).toHaveLength(DEFAULT_DEMO_SIZE.traders);
    expect(all.listings).toHaveLength(DEFAULT_DEMO_SIZE.listings);
    expect(all.orders).toHaveLength(DEFAULT_DEMO_SIZE.orders);
    expect(demo.listings.count).toBe(DEFAULT_DEMO_SIZE.listings);
  });

  it('is deterministic for a seed and a reference time', () => {
    expect(JSON.stringify(collect(generateDemoCatalog({ seed: 11, now: NOW })))).toBe(JSON.stringify(all));
    const other = collect(generateDemoCatalog({ seed: 12, now: NOW }));
    expect(other.listings.map((l) => l.input.title)).not.toEqual(all.listings.map((l) => l.input.title));
    expect(generateDemoCatalog({ seed: 'demo', now: NOW }).listing(5)).toEqual(generateDemoCatalog({ seed: 'demo', now: NOW }).listing(5));
  });

  it('gives the same record by index as by iteration, and iterates again from the start', () => {
    expect(demo.listing(1234)).toEqual(all.listings[1234]);
    expect(demo.trader(7)).toEqual(all.traders[7]);
    expect(demo.order(99)).toEqual(all.orders[99]);
    expect([...demo.listings][0]).toEqual(all.listings[0]);
    expect(() => demo.listing(DEFAULT_DEMO_SIZE.listings)).toThrow();
  });

  it('streams: a huge catalog costs nothing until it is read', () => {
    const started = performance.now();
    const huge = generateDemoCatalog({ seed: 1, now: NOW, traders: 1000, listings: 9_999_999, orders: 1000 });
    const first = huge.listings[Symbol.iterator]().next();
    expect(first.done).toBe(false);
    expect(huge.listing(9_999_998).id).toBe('L-9999999');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('produces traders that match TraderInput', () => {
    const ids = new Set<string>();
    for (const t of all.traders) {
      expect(t.id).toMatch(/^T-\d{6}$/);
      ids.add(t.id);
      expect(Object.keys(t.input).sort()).toEqual(TRADER_KEYS);
      expect(t.input.display_name.trim()).not.toBe('');
      expect(t.input.legal_name === null || t.input.legal_name.trim() !== '').toBe(true);
      expect(t.input.country).toMatch(/^[A-Z]{2}$/);
      expect(regions.of(t.input.country as string)).not.toBe(t.input.country);
      expect(TRADER_STATUSES).toContain(t.input.status);
      expect(isIso(t.input.created_at)).toBe(true);
      expect(Date.parse(t.input.created_at as string)).toBeLessThanOrEqual(NOW_MS);
    }
    expect(ids.size).toBe(all.traders.length);
    expect(new Set(all.traders.map((t) => t.input.display_name)).size).toBe(all.traders.length);
    const countries = new Set(all.traders.map((t) => t.input.country));
    for (const c of ['DE', 'FR', 'PL', 'CN', 'GB']) expect(countries).toContain(c);
    expect(all.traders.filter((t) => t.input.status === 'active').length / all.traders.length).toBeGreaterThan(0.7);
    expect(all.traders.some((t) => t.input.status === 'pending')).toBe(true);
    expect(all.traders.filter((t) => Date.parse(t.input.created_at as string) > NOW_MS - 30 * DAY).length).toBeGreaterThanOrEqual(3);
  });

  it('produces listings that match ListingInput and reference generated traders', () => {
    const traders = new Map(all.traders.map((t) => [t.id, t]));
    const ids = new Set<string>();
    for (const l of all.listings) {
      const { input } = l;
      expect(l.id).toMatch(/^L-\d{7}$/);
      ids.add(l.id);
      expect(Object.keys(input).sort(), l.id).toEqual(LISTING_KEYS);
      const trader = traders.get(input.trader_id);
      expect(trader, l.id).toBeDefined();
      expect(Number.isInteger(input.source_version) && input.source_version >= 1).toBe(true);
      expect(input.title.trim(), l.id).toBe(input.title);
      expect(input.title.length, l.id).toBeGreaterThan(2);
      expect(input.title + (input.description ?? '') + (input.brand ?? ''), l.id).not.toMatch(/[{}\ue000\ue001]/);
      expect(typeof input.price === 'number' && input.price > 0 && Math.abs(Math.round(input.price * 100) - input.price * 100) < 1e-6, l.id).toBe(true);
      expect(currencies.has(input.currency as string) && ['EUR', 'PLN'].includes(input.currency as string), l.id).toBe(true);
      expect(input.category_path.length).toBeGreaterThan(0);
      expect(input.gtin === null || validEan13(input.gtin), `${l.id} ${input.gtin}`).toBe(true);
      expect(new URL(input.product_url as string).origin).toBe('https://demo-market.example');
      for (const url of input.image_urls) expect(url).toMatch(/^https:\/\/img\.demo-market\.example\/\S+\.jpg$/);
      expect(DEMO_LANGUAGES).toContain(input.language);
      expect(VISIBILITY).toContain(input.visibility);
      expect(isIso(input.created_at)).toBe(true);
      expect(Date.parse(input.created_at as string)).toBeGreaterThanOrEqual(Date.parse(trader?.input.created_at as string));
      expect(Date.parse(input.created_at as string)).toBeLessThanOrEqual(NOW_MS);
    }
    expect(ids.size).toBe(all.listings.length);
    expect(all.listings.filter((l) => l.input.visibility === 'visible').length / all.listings.length).toBeGreaterThan(0.85);
    expect(all.listings.filter((l) => l.input.currency === 'EUR').length / all.listings.length).toBeGreaterThan(0.8);
    expect(all.listings.some((l) => l.input.currency === 'PLN')).toBe(true);
    expect(all.listings.filter((l) => l.input.gtin !== null).length / all.listings.length).toBeGreaterThan(0.5);
  });

  it('produces orders over the last eight months that reference generated listings', () => {
    const listings = new Map(all.listings.map((l) => [l.id, l]));
    const ids = new Set<string>();
    for (const o of all.orders) {
      expect(o.id).toMatch(/^O-\d{8}$/);
      ids.add(o.id);
      expect(Object.keys(o.input).sort()).toEqual(ORDER_KEYS);
      const listing = listings.get(o.input.listing_id);
      expect(listing, o.id).toBeDefined();
      expect(o.input.buyer_ref).toMatch(/^buyer_[0-9a-f]{8}$/);
      expect(isIso(o.input.ordered_at)).toBe(true);
      const at = Date.parse(o.input.ordered_at);
      expect(at).toBeGreaterThanOrEqual(EIGHT_MONTHS_AGO);
      expect(at).toBeLessThanOrEqual(NOW_MS);
      expect(at).toBeGreaterThanOrEqual(Date.parse(listing?.input.created_at as string));
    }
    expect(ids.size).toBe(all.orders.length);
    expect(new Set(all.orders.map((o) => o.input.buyer_ref)).size).toBeLessThan(all.orders.length);
    const months = new Set(all.orders.map((o) => o.input.ordered_at.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(8);
  });

  it('makes 6–8 % of listings illegal, spread over every language', () => {
    const illegal = all.listings.filter((l) => l.label.illegal);
    expect(illegal.length / all.listings.length).toBeGreaterThanOrEqual(0.06);
    expect(illegal.length / all.listings.length).toBeLessThanOrEqual(0.08);
    for (const lang of DEMO_LANGUAGES) {
      expect(all.listings.filter((l) => l.input.language === lang).length, lang).toBeGreaterThanOrEqual(40);
      expect(illegal.filter((l) => l.input.language === lang).length, lang).toBeGreaterThanOrEqual(3);
    }
    for (const kind of DEMO_PROBLEM_KINDS) expect(all.listings.some((l) => l.label.kind === kind), kind).toBe(true);
    expect(all.listings.filter((l) => l.label.hardNegative).length / all.listings.length).toBeGreaterThan(0.02);
  });

  it('labels consistently: adult goods are age-restricted, not illegal; legal listings are kept', () => {
    for (const { label } of all.listings) {
      if (label.kind === 'adult') expect(label).toMatchObject({ illegal: false, action: 'age_restrict' });
      else if (label.kind) expect(label).toMatchObject({ illegal: true, action: 'remove' });
      else expect(label).toMatchObject({ illegal: false, action: 'keep' });
      if (label.hardNegative) expect(label.kind).toBeUndefined();
      if (label.evasion) expect(label.kind).toBeDefined();
    }
  });

  it('holds its shares at other seeds and sizes', () => {
    for (const seed of [1, 2, 3]) {
      const catalog = generateDemoCatalog({ seed, now: NOW, ...demoSizeFor(20_000), orders: 0 });
      let illegal = 0;
      for (const l of catalog.listings) if (l.label.illegal) illegal++;
      expect(illegal / 20_000, `seed ${seed}`).toBeGreaterThanOrEqual(0.06);
      expect(illegal / 20_000, `seed ${seed}`).toBeLessThanOrEqual(0.08);
    }
  });

  it('writes each evasion the way its label says', () => {
    const catalog = generateDemoCatalog({ seed: 5, now: NOW, traders: 400, listings: 30_000, orders: 0 });
    const brands = new Map(COUNTERFEIT_OFFERS.map((o) => [o.topic, (o.slots['brand'] as readonly string[])[0] as string]));
    const seen = new Set<string>();
    for (const l of catalog.listings) {
      const evasion = l.label.evasion;
      if (!evasion) continue;
      seen.add(evasion);
      const text = `${l.input.title}\n${l.input.description ?? ''}`;
      const where = `${l.id} ${evasion}: ${l.input.title}`;
      switch (evasion) {
        case 'homoglyph': expect(text, where).toMatch(/[\u0370-\u03ff\u0400-\u04ff]/); break;
        case 'zero_width': expect(text, where).toMatch(/[\u200b-\u200d\u2060\u00ad]/); break;
        case 'leetspeak': expect(l.input.title, where).toMatch(/\p{L}[0-9@$!]|[0-9@$!]\p{L}/u); break;
        case 'spaced_letters': expect(l.input.title, where).toMatch(/(?:\S ){3,}\S/); break;
        case 'punctuation': expect(l.input.title, where).toMatch(/\p{L}[.\-*_·]\p{L}/u); break;
        case 'brand_alias': {
          const brand = (brands.get(l.label.topic ?? '') ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          expect(brand, where).not.toBe('');
          expect(l.input.title, where).not.toMatch(new RegExp(`(?<!\\p{L})${brand}(?!\\p{L})`, 'u'));
          break;
        }
        case 'obfuscated_contact': expect(text, where).toMatch(/ dot |\(dot\)|\(\.\)|\(at\)|\[at\]| @ |\w \. \w|\+ \d \d|plus \d|@ \w \w/); break;
      }
    }
    expect([...seen].sort()).toEqual([...DEMO_EVASIONS].sort());
  });

  it('generates fast enough for a million listings well under a minute', () => {
    const catalog = generateDemoCatalog({ seed: 3, now: NOW, ...demoSizeFor(60_000) });
    const started = performance.now();
    let n = 0;
    for (const l of catalog.listings) n += l.input.title.length > 0 ? 1 : 0;
    const perSecond = n / ((performance.now() - started) / 1000);
    // A shared CI core still manages far more; this only catches an accidental slowdown.
    expect(perSecond).toBeGreaterThan(10_000);
  });

  it('rejects impossible sizes and dates', () => {
    const bad = [
      { listings: -1 }, { traders: 1.5 }, { listings: 10_000_000 }, { traders: 0, listings: 5 },
      { listings: 0, orders: 3 }, { now: 'not a date' },
    ];
    for (const options of bad) {
      let error: unknown;
      try {
        generateDemoCatalog(options);
      } catch (e) {
        error = e;
      }
      expect(isDomainError(error), JSON.stringify(options)).toBe(true);
    }
  });
});
