import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/eval/corpus.js';
import { loadEngine, PROJECT_ROOT } from '../../services/detection/load-engine.js';
import type { DetectionEngine } from '../engine.js';
import { normalize } from '../normalize/normalize.js';
import { DEFAULT_SOR } from './categories.js';
import type { LoadedGroup } from './compile.js';
import { applyExclusions, type FieldHits } from './context.js';
import { matchTerms, type TermHit, wordsBetween } from './match.js';
import { matchPatterns } from './patterns.js';

/** applyExclusions as the context rules read, group field by group field, with no shared facts. */
function plainExclusions(fields: readonly FieldHits[]): void {
  const isExclusion = (h: TermHit): boolean => h.ref.group.role === 'exclusion';
  const listingWide = fields.flatMap((f) => f.hits.filter((h) => isExclusion(h) && h.ref.group.scope === 'listing'));
  for (const f of fields) {
    const local = f.hits.filter((h) => isExclusion(h) && h.ref.group.scope !== 'listing');
    for (const hit of f.hits) {
      if (isExclusion(hit) || hit.suppressedBy) continue;
      const category = hit.ref.group.category;
      const wide = listingWide.find((x) => x.ref.group.excludes?.includes(category));
      if (wide) { hit.suppressedBy = wide.ref.term; continue; }
      if (hit.normStart < 0) continue;
      for (const x of local) {
        if (!x.ref.group.excludes?.includes(category)) continue;
        const window = x.ref.group.window ?? 3;
        const gap = wordsBetween(f.text, x, hit);
        const ok = x.ref.group.scope === 'before' ? x.normEnd <= hit.normStart && gap >= 0 && gap <= window : gap <= window;
        if (ok) { hit.suppressedBy = x.ref.term; break; }
      }
    }
  }
}

/** The same hits twice, as separate objects, so each implementation marks its own. */
const twice = (fields: FieldHits[]): [FieldHits[], FieldHits[]] =>
  [fields.map((f) => ({ ...f, hits: f.hits.map((h) => ({ ...h })) })), fields.map((f) => ({ ...f, hits: f.hits.map((h) => ({ ...h })) }))];
const marks = (fields: readonly FieldHits[]): (string | undefined)[][] => fields.map((f) => f.hits.map((h) => h.suppressedBy));

describe('applyExclusions against a plain reading of the context rules', () => {
  let engine: DetectionEngine;
  beforeAll(() => { engine = loadEngine({ ownDomains: ['example-market.eu'] }); });

  it('marks the same hits on every corpus listing', () => {
    const listings = loadCorpus(join(PROJECT_ROOT, 'test', 'fixtures', 'detection')).map((c) => c.listing);
    let suppressed = 0;
    for (const l of listings) {
      const fields: FieldHits[] = [];
      for (const [field, text] of [['title', l.title], ['description', l.description ?? ''], ['brand', l.brand ?? '']] as const) {
        if (!text) continue;
        const norm = normalize(text, engine.table);
        fields.push({ field, text: norm.text, hits: [...matchTerms(engine.lexicon, field, norm), ...matchPatterns(field, norm, engine.patterns)] });
      }
      const [a, b] = twice(fields);
      applyExclusions(a);
      plainExclusions(b);
      expect(marks(a), l.id).toEqual(marks(b));
      suppressed += marks(a).flat().filter(Boolean).length;
    }
    expect(suppressed).toBeGreaterThan(100);
  });

  it('marks the same hits on random hits of every scope, window and category', () => {
    const categories = ['medicine', 'weapon', 'counterfeit', 'adult'] as const;
    const group = (i: number, over: Partial<LoadedGroup>): LoadedGroup => ({
      id: 1000 + i, file: 'f', licence: 'l', category: categories[i % 4]!, role: 'item', strength: 'strong', sor: DEFAULT_SOR.medicine, terms: ['x'], ...over,
    });
    const groups: LoadedGroup[] = [
      ...categories.map((c, i) => group(i, { category: c })),
      group(10, { role: 'exclusion', excludes: ['medicine', 'weapon'] }),
      group(11, { role: 'exclusion', excludes: ['counterfeit'], scope: 'listing' }),
      group(12, { role: 'exclusion', excludes: ['adult', 'medicine'], scope: 'before', window: 1 }),
      group(13, { role: 'exclusion', excludes: ['weapon'], window: 0 }),
      group(14, { role: 'exclusion' }),
      group(15, { role: 'exclusion', excludes: ['medicine', 'counterfeit'], window: 6 }),
      group(16, { role: 'exclusion', excludes: ['weapon', 'adult'], scope: 'before' }),
    ];
    const text = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const starts = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
    let seed = 11;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    let suppressed = 0;
    for (let t = 0; t < 400; t++) {
      const fields: FieldHits[] = ['title', 'description'].map((field) => ({
        field, text, hits: Array.from({ length: rnd(9) }, (): TermHit => {
          const [s, e] = starts[rnd(starts.length)]!;
          const g = groups[rnd(groups.length)]!;
          const pattern = rnd(6) === 0;
          return { field, ref: { group: g, term: `t${g.id}` }, pattern: 'x', normStart: pattern ? -1 : s, normEnd: pattern ? -1 : e, start: s, end: e };
        }),
      }));
      const [a, b] = twice(fields);
      applyExclusions(a);
      plainExclusions(b);
      expect(marks(a)).toEqual(marks(b));
      suppressed += marks(a).flat().filter(Boolean).length;
    }
    expect(suppressed).toBeGreaterThan(200);
  });
});
