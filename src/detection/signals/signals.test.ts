import { describe, expect, it } from 'vitest';
import { isGenericTitle } from './generic-title.js';
import { type BrandPriceTable, priceRatio } from './price.js';
import { estimateSimilarity, minhash, RelistIndex, shingles } from './relist.js';
import { DIGIT_LIKE, fold, SafetyGateIndex } from './safety-gate.js';

const prices: BrandPriceTable = {
  currency: 'EUR',
  brands: { rolex: { default: 4000 }, gucci: { default: 150, bag: 700 }, nike: { default: 20, shoes: 50 } },
  currencies: { EUR: 1, PLN: 0.25, USD: 0.9 },
};

describe('priceRatio (DET-3 price that does not fit the brand)', () => {
  it('compares the price in EUR with the brand reference', () => {
    expect(priceRatio(prices, 'rolex', 400, 'EUR', 'rolex watch')).toEqual({ priceEur: 400, referenceEur: 4000, ratio: 0.1 });
    expect(priceRatio(prices, 'rolex', 400, 'PLN', 'rolex watch')!.priceEur).toBe(100);
  });
  it('picks the product-type reference when the text names it', () => {
    expect(priceRatio(prices, 'gucci', 70, 'EUR', 'Gucci handbag')!.referenceEur).toBe(700);
    expect(priceRatio(prices, 'gucci', 70, 'EUR', 'Gucci belt')!.referenceEur).toBe(150);
    expect(priceRatio(prices, 'nike', 10, 'EUR', 'Nike sneakers')!.referenceEur).toBe(50);
  });
  it('says nothing for unknown brands, currencies, non-positive prices or merchandise', () => {
    expect(priceRatio(prices, 'acme', 1, 'EUR', '')).toBeUndefined();
    expect(priceRatio(prices, 'rolex', 1, 'XYZ', '')).toBeUndefined();
    expect(priceRatio(prices, 'rolex', 0, 'EUR', '')).toBeUndefined();
    expect(priceRatio(prices, 'rolex', 20, 'EUR', 'Rolex advertising poster 1965')).toBeUndefined();
    expect(priceRatio(prices, 'rolex', 20, 'EUR', 'Rolex empty box')).toBeUndefined();
  });
  it('defaults to the table currency', () => {
    expect(priceRatio(prices, 'rolex', 40, null, 'x')!.ratio).toBe(0.01);
  });
});

describe('isGenericTitle', () => {
  const generic = new Set(['product', 'item', 'link', 'artikel', 'produkt']);
  it('accepts titles made only of generic words, numbers and stop words', () => {
    expect(isGenericTitle('product', generic)).toBe(true);
    expect(isGenericTitle('special iink 02', generic)).toBe(false);
    expect(isGenericTitle('the item 01', generic)).toBe(true);
    expect(isGenericTitle('artikel nr 5', generic)).toBe(true);
  });
  it('rejects titles that name something, and empty or long titles', () => {
    expect(isGenericTitle('product holder for bikes', generic)).toBe(false);
    expect(isGenericTitle('', generic)).toBe(false);
    expect(isGenericTitle('1 2 3', generic)).toBe(false);
    expect(isGenericTitle('item item item item item item', generic)).toBe(false);
  });
});

describe('relist detection (RO-6)', () => {
  it('builds word 3-shingles', () => {
    expect(shingles('a b c d')).toEqual(['a b c', 'b c d']);
    expect(shingles('a b')).toEqual(['a b']);
    expect(shingles('')).toEqual([]);
  });
  it('estimates Jaccard similarity with MinHash', () => {
    const a = minhash(shingles('rolex submariner replica mirror quality with box and papers fast shipping'));
    expect(estimateSimilarity(a, a)).toBe(1);
    const b = minhash(shingles('completely different text about garden furniture in oak wood'));
    expect(estimateSimilarity(a, b)).toBeLessThan(0.2);
  });
  it('finds a removed listing relisted with minor edits and ignores unrelated ones', () => {
    const index = new RelistIndex();
    index.add('removed-1', 'tramadoi 100mg tabiets no prescription needed fast discreet shipping 30 tabiets per strip best price');
    index.add('removed-2', 'oak dining tabie with six chairs iight scratches pick up oniy');
    expect(index.size).toBe(2);
    const hits = index.query('tramadoi 100mg tabiets no prescription needed fast discreet shipping 30 tabiets per strip great price', 0.5);
    expect(hits[0]!.id).toBe('removed-1');
    expect(hits[0]!.similarity).toBeGreaterThan(0.5);
    expect(index.query('brand new mountain bike with disc brakes', 0.5)).toEqual([]);
  });
  it('removes and replaces entries', () => {
    const index = new RelistIndex();
    index.add('x', 'one two three four five');
    index.add('x', 'six seven eight nine ten');
    expect(index.size).toBe(1);
    expect(index.query('one two three four five', 0.9)).toEqual([]);
    index.remove('x');
    expect(index.size).toBe(0);
    index.remove('unknown');
  });
  it('finds through its band tables exactly what comparing with every stored signature finds', () => {
    const index = new RelistIndex();
    const words = 'oak table chair red blue small large new used box bag shoe watch gold silver pack set kit lamp desk'.split(' ');
    let seed = 5;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = Array.from({ length: 400 }, () => Array.from({ length: 6 + Math.floor(next() * 10) }, () => words[Math.floor(next() * words.length)]!).join(' '));
    texts.forEach((t, i) => index.add(`r${i}`, t));
    for (let i = 0; i < 400; i += 7) index.remove(`r${i}`);
    index.add('r3', texts[5]!);
    for (let k = 0; k < 100; k++) {
      const q = minhash(shingles(next() < 0.5 ? texts[k * 3]! : `${texts[k]!} ${words[k % words.length]!}`));
      expect(index.querySignature(q, 0.5)).toEqual(index.scanSignature(q, 0.5));
    }
    expect(index.size).toBe(400 - 58);
  });
});

describe('SafetyGateIndex (CBD-4)', () => {
  const index = new SafetyGateIndex([
    { id: 'A12/0001/24', brand: 'Funtoys', name: 'Slime', model: 'Model FT-2231 glitter slime', barcode: '4006381333931', category: 'Toys', risk: 'Chemical' },
    { id: 'A12/0002/24', brand: 'Unknown', name: 'Charger', model: 'X100', barcode: '', category: 'Electrical', risk: 'Electric shock' },
    { id: 'A12/0003/24', brand: 'Glowy', name: 'Lights', model: 'no model', barcode: 'n/a', category: 'Lighting', risk: 'Fire' },
    { id: 'A12/0004/24', brand: 'Żabka Toys', name: 'Rattle', model: 'ZT-9001', barcode: '', category: 'Toys', risk: 'Choking' },
  ]);
  it('matches brands written with accents', () => {
    expect(index.match('Żabka Toys rattle ZT-9001').map((m) => m.alert.id)).toEqual(['A12/0004/24']);
    expect(index.match('Zabka toys rattle ZT-9001').map((m) => m.alert.id)).toEqual(['A12/0004/24']);
  });
  it('matches by barcode', () => {
    expect(index.match('anything', '4006381333931')).toEqual([expect.objectContaining({ via: 'barcode' })]);
  });
  it('matches by brand plus a model number', () => {
    expect(index.match('Funtoys glitter slime FT-2231 for kids').map((m) => m.alert.id)).toEqual(['A12/0001/24']);
  });
  it('does not match on the brand alone, generic brands or models without digits', () => {
    expect(index.match('Funtoys slime')).toEqual([]);
    expect(index.match('Unknown charger X100')).toEqual([]);
    expect(index.match('Glowy lights no model')).toEqual([]);
  });
  it('matchListing answers as match() over brand, title and description joined by spaces', () => {
    const listings: [string | null, string, string | null, string | null][] = [
      ['Funtoys', 'Glitter slime', 'Model FT-2231, 200 ml', null],
      [null, 'FUNTOYS slime', 'ft-2231 glitter', null],
      ['Funtoys', 'Glitter slime', 'no model number here', null],
      [null, 'Żabka Toys rattle', 'ZT-9001', null],
      [null, 'Zabka toys grzechotka', 'zt\u20119001 (non-breaking hyphen)', null],
      [null, 'Zabka toys rattle ZT9001', null, null],
      [null, 'Plain cotton shirt', 'size 42', '4006381333931'],
      ['Funtoys', 'Slime', 'FT\u2010\u200b2231 with a zero-width space', null],
    ];
    for (const [brand, title, description, gtin] of listings) {
      const joined = index.match(`${brand ?? ''} ${title} ${description ?? ''}`, gtin).map((m) => `${m.alert.id}:${m.via}`);
      expect(index.matchListing(brand, title, description, gtin).map((m) => `${m.alert.id}:${m.via}`), title).toEqual(joined);
    }
    expect(index.matchListing('Funtoys', 'Glitter slime', 'Model FT-2231').map((m) => m.alert.id)).toEqual(['A12/0001/24']);
    expect(index.matchListing('Funtoys', 'Glitter slime', 'no model number')).toEqual([]);
  });
  it('matchListing: model tokens written with digits that only decomposition makes ASCII, and random text', () => {
    const listings: [string | null, string, string | null][] = [
      ['Funtoys', 'Slime', 'ＦＴ－２２３１ fullwidth'],
      ['Funtoys', 'Slime', 'FT-22\u00b31 superscript three'],
      ['Funtoys', 'Slime', 'modèle FT-2231é'],
      ['Żabka Toys', 'Grzechotka', 'żt-9001 rattle'],
      ['Funtoys', 'Slime', 'FT-2231'],
      ['Funtoys', 'Slime', 'FT-\u{1d7d0}231 mathematical digit'],
    ];
    for (const [brand, title, description] of listings) {
      const joined = index.match(`${brand ?? ''} ${title} ${description ?? ''}`).map((m) => m.alert.id);
      expect(index.matchListing(brand, title, description).map((m) => m.alert.id), description ?? '').toEqual(joined);
    }
    // Random text from brand words, model tokens, digits, accents and separators.
    const parts = ['funtoys', 'FUNTOYS', 'żabka', 'zabka', 'toys', 'ft', '2231', 'FT-2231', 'zt', '9001', 'x100', 'é', 'e\u0301', '２', '²', '-', ' ', ', ', '–', 'slime', '12345', 'ß'];
    let seed = 7;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const text = (): string => Array.from({ length: rnd(8) }, () => parts[rnd(parts.length)]).join(rnd(4) ? ' ' : '');
    let matched = 0;
    for (let i = 0; i < 3000; i++) {
      const [brand, title, description] = [rnd(3) ? text() : null, text(), rnd(4) ? text() : null];
      const joined = index.match(`${brand ?? ''} ${title} ${description ?? ''}`).map((m) => m.alert.id);
      expect(index.matchListing(brand, title, description).map((m) => m.alert.id), `${brand}|${title}|${description}`).toEqual(joined);
      if (joined.length) matched++;
    }
    expect(matched).toBeGreaterThan(200);
  });
  it('DIGIT_LIKE holds every UTF-16 unit that fold() may turn into a digit', () => {
    const missing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      if ((surrogate || /[0-9]/.test(fold(unit))) && !DIGIT_LIKE.test(unit)) missing.push(c.toString(16));
    }
    expect(missing).toEqual([]);
    // and it leaves out the letters and symbols common in listings
    expect(DIGIT_LIKE.test('Größe straße éàç ñ ł € – “” ™ ® © Ωπ Жж')).toBe(false);
  });
});
