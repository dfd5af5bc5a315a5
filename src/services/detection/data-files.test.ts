import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVigilCategory } from '../../detection/lexicons/categories.js';
import { DEFAULT_LEXICON_DIR, loadEngineData, PROJECT_ROOT } from './load-engine.js';

const data = join(PROJECT_ROOT, 'data');

describe('shipped data', () => {
  it('keeps a SOURCE.md and a licence text in every source folder', () => {
    for (const folder of readdirSync(join(data, 'sources'))) {
      const files = readdirSync(join(data, 'sources', folder));
      expect(files, folder).toContain('SOURCE.md');
      expect(files.some((f) => /^LICENSE/i.test(f)), `${folder} has a licence file`).toBe(true);
    }
    expect(readdirSync(join(data, 'unicode'))).toEqual(expect.arrayContaining(['SOURCE.md', 'LICENSE.txt']));
    expect(existsSync(join(data, 'curated', 'SOURCE.md'))).toBe(true);
  });
  it('lists every generated lexicon file in data/README.md', () => {
    const readme = readFileSync(join(data, 'README.md'), 'utf8');
    for (const f of readdirSync(DEFAULT_LEXICON_DIR)) expect(readme, f).toContain(`lexicons/${f}`);
  });
  it('gives every lexicon group a Vigil category, a statement-of-reasons ground, a source and a licence', () => {
    for (const file of loadEngineData().lexicons) {
      expect(file.source.length, file.name).toBeGreaterThan(0);
      expect(file.licence.length, file.name).toBeGreaterThan(0);
      for (const g of file.groups) {
        expect(isVigilCategory(g.category), `${file.name} ${g.category}`).toBe(true);
        expect(g.sor.category).toMatch(/^STATEMENT_CATEGORY_/);
        expect(g.sor.keyword).toMatch(/^KEYWORD_/);
        expect(g.terms.length).toBeGreaterThan(0);
        if (g.role === 'exclusion') expect(g.excludes?.length, `${file.name} exclusion`).toBeGreaterThan(0);
      }
    }
  });
  it('covers the eight screening languages in the curated lists', () => {
    const langs = new Set(loadEngineData().lexicons.filter((f) => f.name.startsWith('curated-')).flatMap((f) => f.groups.map((g) => g.lang)).filter(Boolean));
    expect([...langs].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
  });
  it('stays small enough to ship (a few MB)', () => {
    const size = (dir: string): number => readdirSync(dir).reduce((s, f) => {
      const p = join(dir, f);
      return s + (statSync(p).isDirectory() ? size(p) : statSync(p).size);
    }, 0);
    expect(size(data)).toBeLessThan(6_000_000);
  });
  it('builds the fold table from Unicode 17 with the zero-width characters', () => {
    const fold = loadEngineData().fold;
    expect(fold.unicodeVersion).toBe('17.0.0');
    expect(fold.ignorable.some(([a, b]) => a <= 0x200b && 0x200b <= b)).toBe(true);
    expect(fold.entries.length).toBeGreaterThan(3000);
  });
});
