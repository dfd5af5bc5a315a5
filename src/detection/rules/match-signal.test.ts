import { describe, expect, it } from 'vitest';
import { DEFAULT_SOR } from '../lexicons/categories.js';
import type { LoadedGroup } from '../lexicons/compile.js';
import type { DomainInfo } from '../links/domains.js';
import type { Finding } from '../signals/findings.js';
import { matchesSignal, spanOf } from './match-signal.js';
import type { SignalMatch } from './types.js';

const group = (over: Partial<LoadedGroup> = {}): LoadedGroup => ({
  id: 1, file: 'f', licence: 'l', category: 'counterfeit', role: 'item', strength: 'strong', sor: DEFAULT_SOR.counterfeit, terms: ['x'], ...over,
});
const term = (over: Partial<LoadedGroup> = {}, field = 'title', suppressedBy?: string): Finding => ({
  kind: 'term', hit: { field, ref: { group: group(over), term: 'x' }, pattern: 'x', normStart: 0, normEnd: 1, start: 3, end: 7, ...(suppressedBy ? { suppressedBy } : {}) },
});
const domain = (over: Partial<DomainInfo> = {}): DomainInfo => ({ host: 'a.com', domain: 'a.com', own: false, shortener: false, messenger: undefined, blocklists: [], ...over });
const link = (over: Partial<DomainInfo> = {}, extra: Record<string, unknown> = {}): Finding => ({
  kind: 'link', link: { field: 'description', start: 1, end: 5, raw: 'a.com', url: 'http://a.com', email: false, obfuscated: false, domain: domain(over), tracking: [], ...extra },
});

describe('matchesSignal: terms', () => {
  it('matches on category, role, cue, strength, tags, brand and field', () => {
    const f = term({ cue: undefined, tags: ['brand', 'fortune500'], brand: 'rolex' });
    expect(matchesSignal(f, { signal: 'term' })).toBe(true);
    expect(matchesSignal(f, { signal: 'term', category: ['counterfeit', 'medicine'] })).toBe(true);
    expect(matchesSignal(f, { signal: 'term', category: ['medicine'] })).toBe(false);
    expect(matchesSignal(f, { signal: 'term', role: 'item' })).toBe(true);
    expect(matchesSignal(f, { signal: 'term', role: 'cue' })).toBe(false);
    expect(matchesSignal(f, { signal: 'term', strength: 'weak' })).toBe(false);
    expect(matchesSignal(f, { signal: 'term', tags: ['brand'] })).toBe(true);
    expect(matchesSignal(f, { signal: 'term', tags: ['otc'] })).toBe(false);
    expect(matchesSignal(f, { signal: 'term', brand: true })).toBe(true);
    expect(matchesSignal(term(), { signal: 'term', brand: true })).toBe(false);
    expect(matchesSignal(f, { signal: 'term', fields: ['title'] })).toBe(true);
    expect(matchesSignal(f, { signal: 'term', fields: ['description'] })).toBe(false);
  });
  it('matches cues by cue name', () => {
    const f = term({ role: 'cue', cue: 'counterfeit' });
    expect(matchesSignal(f, { signal: 'term', cue: ['counterfeit'] })).toBe(true);
    expect(matchesSignal(f, { signal: 'term', cue: ['decoy'] })).toBe(false);
  });
  it('groups image fields by their family ("images.2.ocr" is "images")', () => {
    expect(matchesSignal(term({}, 'images.2.ocr'), { signal: 'term', fields: ['images'] })).toBe(true);
  });
  it('never matches exclusions or suppressed hits', () => {
    expect(matchesSignal(term({ role: 'exclusion' }), { signal: 'term' })).toBe(false);
    expect(matchesSignal(term({}, 'title', 'toy'), { signal: 'term' })).toBe(false);
  });
  it('never matches another kind', () => {
    expect(matchesSignal(term(), { signal: 'link' })).toBe(false);
  });
});

describe('matchesSignal: links and contacts', () => {
  it('matches link properties', () => {
    expect(matchesSignal(link(), { signal: 'link', external: true })).toBe(true);
    expect(matchesSignal(link({ own: true }), { signal: 'link', external: true })).toBe(false);
    expect(matchesSignal(link({ shortener: true }), { signal: 'link', shortener: true })).toBe(true);
    expect(matchesSignal(link(), { signal: 'link', shortener: true })).toBe(false);
    expect(matchesSignal(link({ blocklists: ['drugs'] }), { signal: 'link', blocklist: ['drugs', 'scam'] })).toBe(true);
    expect(matchesSignal(link({ blocklists: [] }), { signal: 'link', blocklist: ['drugs'] })).toBe(false);
    expect(matchesSignal(link({ messenger: 'telegram' }), { signal: 'link', messenger: true })).toBe(true);
    expect(matchesSignal(link(), { signal: 'link', messenger: true })).toBe(false);
    expect(matchesSignal(link({}, { obfuscated: true }), { signal: 'link', obfuscated: true })).toBe(true);
    expect(matchesSignal(link({}, { email: true }), { signal: 'link', email: false })).toBe(false);
    expect(matchesSignal(link({}, { tracking: [{ provider: 'amazon', tracking: [], affiliate: ['tag'], redirect: false }] }), { signal: 'link', affiliate: true })).toBe(true);
    expect(matchesSignal(link({}, { tracking: [{ provider: 'g', tracking: ['utm_source'], affiliate: [], redirect: false }] }), { signal: 'link', affiliate: true })).toBe(false);
    expect(matchesSignal(link({}, { tracking: [{ provider: 'g', tracking: [], affiliate: [], redirect: true }] }), { signal: 'link', affiliate: true })).toBe(true);
  });
  it('matches contact kinds and messengers', () => {
    const c = (kind: 'phone' | 'messenger_handle' | 'social_handle', messenger?: string): Finding =>
      ({ kind: 'contact', contact: { field: 'title', kind, value: 'v', start: 0, end: 1, ...(messenger ? { messenger } : {}) } });
    expect(matchesSignal(c('phone'), { signal: 'contact', contact: ['phone'] })).toBe(true);
    expect(matchesSignal(c('social_handle'), { signal: 'contact', contact: ['phone', 'messenger_handle'] })).toBe(false);
    expect(matchesSignal(c('messenger_handle', 'whatsapp'), { signal: 'contact', messenger: true })).toBe(true);
    expect(matchesSignal(c('phone'), { signal: 'contact', messenger: true })).toBe(false);
  });
});

describe('matchesSignal: numeric signals', () => {
  it('price ratio', () => {
    const f: Finding = { kind: 'price', brand: 'rolex', priceEur: 100, referenceEur: 4000, ratio: 0.025, field: 'title' };
    expect(matchesSignal(f, { signal: 'price', maxRatio: 0.2 })).toBe(true);
    expect(matchesSignal(f, { signal: 'price', maxRatio: 0.01 })).toBe(false);
    expect(matchesSignal(f, { signal: 'price' })).toBe(true);
  });
  it('trader age, relist similarity, image hash distance and category', () => {
    expect(matchesSignal({ kind: 'trader', ageDays: 3, priorStrikes: 0 }, { signal: 'trader', maxAgeDays: 14 })).toBe(true);
    expect(matchesSignal({ kind: 'trader', ageDays: 30, priorStrikes: 0 }, { signal: 'trader', maxAgeDays: 14 })).toBe(false);
    expect(matchesSignal({ kind: 'relist', removedId: 'r', similarity: 0.8 }, { signal: 'relist', minSimilarity: 0.7 })).toBe(true);
    expect(matchesSignal({ kind: 'relist', removedId: 'r', similarity: 0.6 }, { signal: 'relist', minSimilarity: 0.7 })).toBe(false);
    const img: Finding = { kind: 'image_hash', image: 0, match: { label: 'l', category: 'adult', distance: 12, source: 'bank' } };
    expect(matchesSignal(img, { signal: 'image_hash', maxDistance: 31, category: ['adult'] })).toBe(true);
    expect(matchesSignal(img, { signal: 'image_hash', maxDistance: 10 })).toBe(false);
    expect(matchesSignal(img, { signal: 'image_hash', category: ['weapon'] })).toBe(false);
  });
  it('image brands, buyer reports and third-party verdicts', () => {
    expect(matchesSignal({ kind: 'image_brand', brand: 'gucci', image: 0, inText: false }, { signal: 'image_brand', inText: false })).toBe(true);
    expect(matchesSignal({ kind: 'image_brand', brand: 'gucci', image: 0, inText: true }, { signal: 'image_brand', inText: false })).toBe(false);
    const b: Finding = { kind: 'buyer_reports', notAsDescribed: 3, rate: 0.3 };
    expect(matchesSignal(b, { signal: 'buyer_reports', minCount: 3, minRate: 0.2 })).toBe(true);
    expect(matchesSignal(b, { signal: 'buyer_reports', minCount: 4 })).toBe(false);
    expect(matchesSignal(b, { signal: 'buyer_reports', minRate: 0.5 })).toBe(false);
    const tp: Finding = { kind: 'third_party', verdict: { source: 's', verdict: 'counterfeit', confidence: 0.8 } };
    expect(matchesSignal(tp, { signal: 'third_party', verdict: ['counterfeit'], minConfidence: 0.7 })).toBe(true);
    expect(matchesSignal(tp, { signal: 'third_party', minConfidence: 0.9 })).toBe(false);
    expect(matchesSignal(tp, { signal: 'third_party', verdict: ['hidden_link'] })).toBe(false);
    expect(matchesSignal({ kind: 'third_party', verdict: { source: 's', verdict: 'illegal' } }, { signal: 'third_party', minConfidence: 0.99 })).toBe(true);
  });
  it('kinds without properties match by kind', () => {
    expect(matchesSignal({ kind: 'generic_title', title: 'Item' }, { signal: 'generic_title' })).toBe(true);
    expect(matchesSignal({ kind: 'truncated', field: 'description', length: 20000 }, { signal: 'truncated' })).toBe(true);
  });
});

describe('matchesSignal: the per-group facts and in-place field families', () => {
  /** The term case as it reads the group field by field and splits the field name. */
  const plain = (f: Finding, m: SignalMatch): boolean => {
    if (f.kind !== 'term' || m.signal !== 'term') return matchesSignal(f, m);
    const g = f.hit.ref.group;
    const anyOf = <T>(wanted: readonly T[] | undefined, actual: T | undefined): boolean => wanted === undefined || (actual !== undefined && wanted.includes(actual));
    if (f.hit.suppressedBy || g.role === 'exclusion') return false;
    return anyOf(m.category, g.category) && (m.role === undefined || m.role === g.role)
      && anyOf(m.cue, g.cue) && (m.strength === undefined || m.strength === g.strength)
      && (m.tags === undefined || (g.tags !== undefined && g.tags.some((t) => m.tags!.includes(t))))
      && (m.brand === undefined || m.brand === (g.brand !== undefined))
      && (m.fields === undefined || m.fields.includes(f.hit.field.split('.')[0]!));
  };
  it('agrees with the plain reading on every combination of group, field and condition', () => {
    const groups: Partial<LoadedGroup>[] = [
      {}, { role: 'cue', cue: 'counterfeit' }, { role: 'exclusion' }, { strength: 'weak', tags: ['otc', 'rx'] }, { brand: 'rolex', tags: [] },
      { category: 'medicine', role: 'cue', cue: 'medical_context', strength: 'weak' }, { brand: '' },
    ];
    const fields = ['title', 'description', 'images.2.ocr', 'images', 'imagesx', 'images.0.qr.1', 'brand'];
    const matches: SignalMatch[] = [
      { signal: 'term' }, { signal: 'term', category: ['counterfeit'] }, { signal: 'term', category: [] }, { signal: 'term', role: 'cue' },
      { signal: 'term', cue: ['counterfeit', 'decoy'] }, { signal: 'term', strength: 'weak' }, { signal: 'term', tags: ['rx'] }, { signal: 'term', tags: [] },
      { signal: 'term', brand: true }, { signal: 'term', brand: false }, { signal: 'term', fields: ['images'] }, { signal: 'term', fields: ['images.2'] },
      { signal: 'term', fields: ['title', 'brand'] }, { signal: 'term', fields: [''] }, { signal: 'term', category: ['medicine'], role: 'cue', strength: 'weak', fields: ['description'] },
    ];
    let held = 0;
    for (const g of groups) {
      for (const field of fields) {
        for (const suppressed of [undefined, 'toy']) {
          const f = term(g, field, suppressed);
          for (const m of matches) {
            expect(matchesSignal(f, m), `${JSON.stringify(g)} ${field} ${suppressed} ${JSON.stringify(m)}`).toBe(plain(f, m));
            if (plain(f, m)) held++;
          }
        }
      }
    }
    expect(held).toBeGreaterThan(50);
  });
  it('compares field families of links and contacts in place too', () => {
    const l = link({}, { field: 'images.1.qr.0' });
    expect(matchesSignal(l, { signal: 'link', fields: ['images'] })).toBe(true);
    expect(matchesSignal(l, { signal: 'link', fields: ['images.1'] })).toBe(false);
    expect(matchesSignal(l, { signal: 'link', fields: ['image'] })).toBe(false);
    const c: Finding = { kind: 'contact', contact: { field: 'description', kind: 'phone', value: 'v', start: 0, end: 1 } };
    expect(matchesSignal(c, { signal: 'contact', fields: ['description'] })).toBe(true);
    expect(matchesSignal(c, { signal: 'contact', fields: ['desc'] })).toBe(false);
  });
});

describe('spanOf', () => {
  it('gives original ranges for terms, links and contacts only', () => {
    expect(spanOf(term())).toEqual({ field: 'title', start: 3, end: 7 });
    expect(spanOf(link())).toEqual({ field: 'description', start: 1, end: 5 });
    expect(spanOf({ kind: 'generic_title', title: 'x' })).toBeUndefined();
  });
});
