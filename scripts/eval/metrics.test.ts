import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScreenResult } from '../../src/core/detection/screening.js';
import { PROJECT_ROOT } from '../../src/services/detection/load-engine.js';
import { loadCorpus, type LabelledListing } from './corpus.js';
import { EVASIONS } from './evasions.js';
import { formatTable, rowsBy, score } from './metrics.js';

const result = (verdict: ScreenResult['verdict'], categories: string[]): ScreenResult =>
  ({ id: 'x', verdict, score: 0, categories, signals: [], rules: [], shadow: [], degraded: [], versions: { engine: '', unicode: '', lexicons: {}, rules: '' } });
const item = (label: string, extra: Partial<LabelledListing> = {}): LabelledListing => ({ label, lang: 'en', listing: { id: 'x', title: 't' }, ...extra });

describe('scoring', () => {
  it('counts a positive only when flagged with its own category', () => {
    expect(score(item('medicine'), result('block', ['medicine'])).correct).toBe(true);
    expect(score(item('medicine'), result('block', ['weapon'])).correct).toBe(false);
    expect(score(item('medicine'), result('allow', [])).correct).toBe(false);
  });
  it('accepts child-safety blocks for adult listings', () => {
    expect(score(item('adult'), result('block', ['child_safety'])).correct).toBe(true);
  });
  it('counts a legit listing as correct only when allowed', () => {
    expect(score(item('legit'), result('allow', [])).correct).toBe(true);
    expect(score(item('legit'), result('age_restrict', ['adult'])).correct).toBe(false);
  });
  it('computes recall, precision and false-positive rate per group', () => {
    const scored = [
      score(item('medicine'), result('block', ['medicine'])),
      score(item('medicine'), result('allow', [])),
      score(item('legit', { lookAlike: 'medicine' }), result('review', ['medicine'])),
      score(item('legit', { lookAlike: 'medicine' }), result('allow', [])),
    ];
    const [row] = rowsBy(scored, (s) => (s.item.label === 'legit' ? s.item.lookAlike : s.item.label), (k) => k);
    expect(row).toEqual({ name: 'medicine', positives: 2, found: 1, predicted: 2, falsePositives: 1, legit: 2, legitFlagged: 1 });
    expect(formatTable('t', [row!])).toContain(' 50.0%');
  });
});

describe('the labelled corpus', () => {
  const corpus = loadCorpus(join(PROJECT_ROOT, 'test', 'fixtures', 'detection'));
  it('covers every category in the eight languages, with evasions and hard negatives', () => {
    const positives = corpus.filter((c) => c.label !== 'legit' && !c.evasion);
    for (const category of ['medicine', 'supplement', 'adult', 'counterfeit', 'weapon', 'unsafe', 'hidden_link', 'off_platform']) {
      const langs = new Set(positives.filter((p) => p.label === category).map((p) => p.lang));
      expect([...langs].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
    }
    expect(new Set(corpus.filter((c) => c.evasion).map((c) => c.evasion))).toEqual(new Set(EVASIONS));
    expect(corpus.filter((c) => c.label === 'legit' && c.lookAlike !== 'ordinary').length).toBeGreaterThan(80);
  });
  it('gives every listing a unique id', () => {
    const ids = corpus.map((c) => c.listing.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
