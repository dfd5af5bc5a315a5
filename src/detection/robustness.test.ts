import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../services/detection/load-engine.js';
import type { DetectionEngine } from './engine.js';
import { normalize, transformsIn } from './normalize/normalize.js';
import { screen } from './screen.js';

/** Seeded generator of hostile text: mixed scripts, invisibles, emoji, surrogates, punctuation runs. */
function* hostileStrings(seed: number, count: number): Generator<string> {
  let s = seed >>> 0;
  const next = (): number => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0; return s / 0x100000000; };
  const pools = [
    'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', ' .,-_:;!?@$|*/\\()[]{}<>\'"&%+=~#^`',
    'аеорсхуіАВЕКМНОРСТХ', 'ＡＢＣａｂｃ１２３', 'éèêëàâäôöûüçñßłżźćęąøæœ', '\u200b\u200c\u200d\u2060\ufeff\u202e\u00ad',
    '\u0301\u0308\u0327', '😀🚀💊🔫', '中文字日本語한국어', 'αβγδεζηθ', '\ud800\udc00', '\ud83d',
  ];
  for (let n = 0; n < count; n++) {
    let out = '';
    const len = Math.floor(next() * 120);
    for (let i = 0; i < len; i++) {
      const pool = pools[Math.floor(next() * pools.length)]!;
      const chars = [...pool];
      out += chars[Math.floor(next() * chars.length)];
    }
    yield out;
  }
}

let engine: DetectionEngine;
beforeAll(() => {
  engine = loadEngine({ ownDomains: ['example-market.eu'] });
});

describe('normalisation on hostile input', () => {
  it('keeps every offset inside the original and in order', () => {
    for (const text of hostileStrings(7, 400)) {
      const r = normalize(text, engine.table);
      expect(r.starts.length).toBe(r.text.length);
      for (let i = 0; i < r.text.length; i++) {
        expect(r.starts[i]).toBeGreaterThanOrEqual(0);
        expect(r.ends[i]).toBeLessThanOrEqual(text.length);
        expect(r.starts[i]).toBeLessThanOrEqual(r.ends[i]!);
        if (i > 0) expect(r.starts[i]).toBeGreaterThanOrEqual(r.starts[i - 1]!);
      }
      expect(r.text).not.toMatch(/ {2}|^ | $/);
      for (const t of transformsIn(r, 0, r.text.length)) {
        expect(t.start).toBeGreaterThanOrEqual(0);
        expect(t.end).toBeLessThanOrEqual(text.length);
        expect(t.start).toBeLessThanOrEqual(t.end);
      }
    }
  });
  it('is idempotent on its own output', () => {
    for (const text of hostileStrings(11, 200)) {
      const once = normalize(text, engine.table).text;
      expect(normalize(once, engine.table).text).toBe(normalize(normalize(once, engine.table).text, engine.table).text);
    }
  });
});

describe('screening on hostile input', () => {
  it('never throws and every span points inside its field', () => {
    for (const [i, text] of [...hostileStrings(23, 300)].entries()) {
      const input = { id: `h${i}`, title: text.slice(0, 60), description: text, brand: text.slice(0, 10), price: i % 7 === 0 ? 1 : null, currency: 'EUR' };
      const r = screen(input, engine);
      expect(['allow', 'age_restrict', 'review', 'block']).toContain(r.verdict);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      for (const s of r.signals) {
        if (!s.span) continue;
        const field = s.span.field === 'title' ? input.title : s.span.field === 'description' ? input.description : input.brand;
        expect(s.span.end).toBeLessThanOrEqual(field.length);
        expect(field.slice(s.span.start, s.span.end)).toBe(s.evidence);
      }
    }
  });
  it('gives the same result for the same input (screening is pure)', () => {
    const input = { id: 'p', title: 'Tramadol 100mg no prescription, WhatsApp +49 170 1234567', description: 'Rolex replica AAA', price: 30, currency: 'EUR' };
    expect(screen(input, engine)).toEqual(screen(input, engine));
  });
});
