import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/eval/corpus.js';
import { loadEngine, PROJECT_ROOT } from '../services/detection/load-engine.js';
import { analyseOther } from './collect-other.js';
import { analyseText } from './collect-text.js';
import type { DetectionEngine } from './engine.js';
import { normalizeScratch } from './normalize/normalize.js';
import type { Finding } from './signals/findings.js';
import { priceRatio } from './signals/price.js';
import type { ScreenInput } from './types.js';

let engine: DetectionEngine;
beforeAll(() => { engine = loadEngine({ ownDomains: ['example-market.eu'] }); });

/** Price findings as first written: the term hits copied out, a map of brands always made. */
function plainPriceFindings(input: ScreenInput, findings: readonly Finding[], body: string): Finding[] {
  if (typeof input.price !== 'number') return [];
  const hits = findings.flatMap((f) => (f.kind === 'term' ? [f.hit] : []));
  const brands = new Map<string, string>();
  for (const h of hits) if (h.ref.group.brand && !h.suppressedBy) brands.set(h.ref.group.brand, h.field);
  const suppressedBrand = hits.some((h) => h.ref.group.brand && h.suppressedBy);
  if (input.brand && !suppressedBrand) {
    const key = engine.brandKeys.get(normalizeScratch(input.brand, engine.table).text);
    if (key && !brands.has(key)) brands.set(key, 'brand');
  }
  const out: Finding[] = [];
  for (const [brand, field] of brands) {
    const r = priceRatio(engine.prices, brand, input.price, input.currency, body);
    if (r) out.push({ kind: 'price', brand, field, ...r });
  }
  return out;
}

describe('analyseOther price findings', () => {
  it('are those of the plain reading of brands, declared brands and accessories, on the corpus and with declared brands', () => {
    const corpus = loadCorpus(join(PROJECT_ROOT, 'test', 'fixtures', 'detection')).map((c) => c.listing);
    const listings: ScreenInput[] = corpus.flatMap((l, i) => [l, { ...l, brand: ['Rolex', 'Gucci', 'Nike', 'Louis Vuitton', 'Acme'][i % 5], price: l.price ?? 20 * (i % 7) }]);
    let found = 0;
    for (const input of listings) {
      const fields = [{ field: 'title', text: input.title, links: true }, ...(input.description ? [{ field: 'description', text: input.description, links: true }] : [])];
      const { findings, normalized } = analyseText(engine, fields, input.language, input.memberState);
      const body = `${normalized.get('title')?.text ?? ''} ${normalized.get('description')?.text ?? ''}`;
      const prices = analyseOther(engine, input, findings, normalized, {}).filter((f) => f.kind === 'price');
      expect(JSON.stringify(prices), input.id).toBe(JSON.stringify(plainPriceFindings(input, findings, body)));
      found += prices.length;
    }
    expect(found).toBeGreaterThan(50);
  });
});
