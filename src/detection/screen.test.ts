import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngineData, loadRuleSet } from '../services/detection/load-engine.js';
import { createEngine, type DetectionEngine, FIELD_LIMITS, withRules } from './engine.js';
import { compileRuleSet } from './rules/rule-set.js';
import { screen } from './screen.js';
import { RelistIndex } from './signals/relist.js';
import { normalize } from './normalize/normalize.js';

let engine: DetectionEngine;
beforeAll(() => {
  engine = createEngine(loadEngineData(), loadRuleSet(), { ownDomains: ['example-market.eu'] });
});
const s = (title: string, extra: Record<string, unknown> = {}) => screen({ id: 'l1', title, ...extra }, engine);

describe('screen: verdicts per priority class (DET-2)', () => {
  it.each([
    ['Tramadol 100mg, no prescription needed', 'block', 'medicine'],
    ['Pre-workout with DMAA', 'block', 'supplement'],
    ['MDMA pills 200mg', 'block', 'narcotic'],
    ['Rolex Submariner replica', 'block', 'counterfeit'],
    ['Glock 19 9mm with holster', 'block', 'weapon'],
    ['Green laser pointer 3000mW', 'review', 'unsafe'],
    ['Special link, contact us for the real item', 'review', 'hidden_link'],
    ['Sofa, write me on WhatsApp +49 170 1234567', 'review', 'off_platform'],
  ])('%s → %s (%s)', (title, verdict, category) => {
    const r = s(title);
    expect(r.verdict).toBe(verdict);
    expect(r.categories).toContain(category);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });
  it('age-restricts legal adult goods instead of blocking them (MIN-1)', () => {
    const r = s('Rabbit vibrator, rechargeable');
    expect(r.verdict).toBe('age_restrict');
    expect(r.categories).toEqual(['adult']);
  });
  it('blocks child-like sexual products', () => {
    const r = s('Loli sex doll 110cm');
    expect(r.verdict).toBe('block');
    expect(r.categories[0]).toBe('child_safety');
  });
  it('allows ordinary listings with no signals', () => {
    const r = s('Oak dining table with four chairs', { description: 'Pick up in Utrecht.' });
    expect(r).toMatchObject({ verdict: 'allow', score: 0, categories: [], signals: [], rules: [] });
  });
});

describe('screen: explanations point into the original text', () => {
  it('gives field, offsets, evidence, term, source and transforms', () => {
    const title = 'Cheap V\u200bi\u200ba\u200bg\u200br\u200ba - no prescription';
    const r = s(title);
    const sig = r.signals.find((x) => x.term === 'viagra')!;
    expect(sig.span).toEqual({ field: 'title', start: 6, end: 17 });
    expect(title.slice(sig.span!.start, sig.span!.end)).toBe(sig.evidence);
    expect(sig.transforms.map((t) => t.kind)).toEqual(Array(5).fill('invisible'));
    expect(sig.source).toMatch(/curated-medicine/);
    expect(sig.detail).toMatchObject({ sorCategory: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', sorKeyword: 'KEYWORD_PROHIBITED_PRODUCTS' });
    expect(sig.rule).toBe('medicine.rx-without-prescription');
  });
  it('names the evasion behind a match', () => {
    const kinds = (t: string) => s(t).signals.filter((x) => x.kind === 'term').flatMap((x) => x.transforms.map((k) => k.kind));
    expect(kinds('Vіаgra 100mg no prescription')).toContain('homoglyph');
    expect(kinds('v1agr4 100mg no prescription')).toContain('leet');
    expect(kinds('v i a g r a 100mg no prescription')).toContain('spacing');
    expect(kinds('v.i.a.g.r.a 100mg no prescription')).toContain('punctuation');
    expect(kinds('viiiagra 100mg no prescription')).toContain('repeat');
    expect(kinds('VlAGRA 100mg no prescription')).toContain('homoglyph');
  });
  it('records the rules, their legal ground and the versions used', () => {
    const r = s('Rolex Submariner replica');
    expect(r.rules[0]).toMatchObject({ id: 'counterfeit.brand-with-copy-claim', legalGround: { sorKeyword: 'KEYWORD_TRADEMARK_INFRINGEMENT' } });
    expect(r.versions.unicode).toBe('17.0.0');
    expect(r.versions.rules).toBe(engine.rules.version);
    expect(Object.keys(r.versions.lexicons)).toContain('curated-counterfeit');
  });
});

describe('screen: context keeps look-alikes out', () => {
  it.each([
    'Vitamin C 1000mg tablets',
    'Hot glue gun with 20 sticks',
    'Water pistol for kids',
    'Official Nike replica jersey',
    'Replica of a 1950s radio',
    'Case for iPhone 15 Pro',
    'Building blocks, Lego compatible',
    'Duracell AAA batteries 12 pack',
    'Pre-workout without DMAA',
    'Concrete vibrator 1500W',
    'Baby doll with pram',
    'Smartwatch with WhatsApp notifications',
    'Tłumik końcowy Opel Astra',
    'Pharmacology textbook, paperback',
    'Vinyl record The Beatles Revolver',
  ])('%s → allow', (title) => {
    expect(s(title).verdict).toBe('allow');
  });
});

describe('screen: links and contacts', () => {
  it('does not treat links to the marketplace itself as off-platform', () => {
    expect(s('See also https://example-market.eu/shop/42').verdict).toBe('allow');
    expect(s('See also https://other-market.com/shop/42').categories).toContain('off_platform');
  });
  it('flags blocklisted domains as scams', () => {
    const domain = (engine.domains as unknown as { lists: [string, Set<string>][] }).lists.find(([n]) => n === 'drugs')![1].values().next().value as string;
    expect(s(`order at ${domain}`).categories).toContain('scam');
  });
  it('finds contacts hidden with homoglyphs and zero-width characters', () => {
    expect(s('Sofa. W\u200bhatsApp: +49 170 1234567').categories).toContain('off_platform');
  });
});

describe('screen: price, trader, images, buyers and third parties', () => {
  it('flags a protected brand far below its genuine price (DET-3)', () => {
    const r = s('Rolex Daytona', { price: 120, currency: 'EUR' });
    expect(r.rules.map((x) => x.id)).toContain('counterfeit.price-far-below-brand');
    expect(r.signals.find((x) => x.kind === 'price')!.detail).toMatchObject({ brand: 'rolex', referenceEur: 4000 });
    expect(s('Rolex Daytona', { price: 12000, currency: 'EUR' }).verdict).toBe('allow');
  });
  it('uses the declared brand field too', () => {
    expect(s('Automatic watch, steel', { brand: 'Rolex', price: 90, currency: 'EUR' }).categories).toContain('counterfeit');
  });
  it('flags a new trader in a high-risk class', () => {
    const r = screen({ id: 'l', title: 'Louis Vuitton Neverfull MM', trader: { ageDays: 3 } }, engine);
    expect(r.rules.map((x) => x.id)).toContain('repeat.new-trader-high-risk');
  });
  it('screens OCR text and QR payloads from images like the description', () => {
    const r = screen({ id: 'l', title: 'Gift box', images: [{ ocrText: 'TRAMADOL 100MG NO PRESCRIPTION', qrPayloads: ['https://t.me/pillshop'] }] }, engine);
    expect(r.categories).toEqual(expect.arrayContaining(['medicine', 'off_platform']));
    expect(r.signals.map((x) => x.span?.field)).toEqual(expect.arrayContaining(['images.0.ocr', 'images.0.qr.0']));
  });
  it('uses image hash matches and brands seen in images (DET-3, RO-6)', () => {
    const hash = screen({ id: 'l', title: 'Vintage lamp', images: [{ hashMatches: [{ label: 'removed-77', category: 'relist', distance: 8, source: 'removed-listings' }] }] }, engine);
    expect(hash.rules.map((x) => x.id)).toContain('repeat.image-hash-match');
    const decoy = screen({ id: 'l', title: 'Product', price: 2, images: [{ brands: ['Louis Vuitton'] }] }, engine);
    expect(decoy.categories).toContain('hidden_link');
  });
  it('accepts buyer reports and third-party verdicts', () => {
    expect(screen({ id: 'l', title: 'Item 02', buyerSignals: { notAsDescribed: 2, orders: 10 } }, engine).categories).toContain('hidden_link');
    const tp = screen({ id: 'l', title: 'Handbag', thirdPartyVerdicts: [{ source: 'brand-protection-co', verdict: 'counterfeit', confidence: 0.9 }] }, engine);
    expect(tp.rules.map((x) => x.id)).toContain('counterfeit.third-party-verdict');
  });
  it('finds a relisted removed listing through the index (RO-6)', () => {
    const relist = new RelistIndex();
    const removed = 'Handmade herbal capsules for joint pain, eighty capsules, family recipe from grandmother, shipped in glass jar';
    relist.add('removed-9', `${normalize(removed, engine.table).text}`);
    const r = screen({ id: 'l', title: `${removed.toUpperCase().replace('HERBAL', 'H.E.R.B.A.L')}!!! today` }, engine, { relist });
    expect(r.signals.find((x) => x.kind === 'relist')!.detail).toMatchObject({ removedId: 'removed-9' });
  });
});

describe('screen: rule modes and bad input', () => {
  it('truncates huge descriptions at the documented limit and says so', () => {
    const r = s('Table', { description: `${'x'.repeat(FIELD_LIMITS.description)} tramadol no prescription` });
    expect(r.verdict).toBe('allow');
    expect(r.signals).toEqual([expect.objectContaining({ kind: 'truncated', rule: 'engine' })]);
  });
  it('does not cut a surrogate pair in half', () => {
    const desc = `${'x'.repeat(FIELD_LIMITS.description - 1)}😀 more`;
    expect(() => s('Table', { description: desc })).not.toThrow();
  });
  it('keeps shadow rules out of the verdict but reports them', () => {
    const rules = loadRuleSet();
    const shadowed = compileRuleSet(rules.families.map((f) => ({ ...f, rules: f.rules.map((r) => ({ ...r, shadow: true })) })));
    const r = screen({ id: 'l', title: 'Tramadol 100mg no prescription' }, withRules(engine, shadowed));
    expect(r.verdict).toBe('allow');
    expect(r.shadow.map((x) => x.id)).toContain('medicine.rx-without-prescription');
    expect(r.signals).toEqual([]);
  });
  it('fails closed: with a detector down, closed families send listings to review', () => {
    const r = screen({ id: 'l', title: 'Oak table' }, engine, { unavailable: ['images'] });
    expect(r).toMatchObject({ verdict: 'review', degraded: ['images'] });
    const open = compileRuleSet(engine.rules.families.map((f) => ({ ...f, failMode: 'open' as const })));
    expect(screen({ id: 'l', title: 'Oak table' }, withRules(engine, open), { unavailable: ['images'] }).verdict).toBe('allow');
  });
  it('gates blocks on measured precision when the service passes it', () => {
    const r = screen({ id: 'l', title: 'Tramadol 100mg no prescription' }, engine, { precision: new Map() });
    expect(r.verdict).toBe('review');
  });
  it('handles empty and odd input', () => {
    expect(s('').verdict).toBe('allow');
    expect(s('\u200b\u200b').verdict).toBe('allow');
    expect(s('😀😀😀').verdict).toBe('allow');
  });
});
