import { describe, expect, it } from 'vitest';
import { applyEvasion, INVISIBLE_CHARS } from './evasion.js';
import { Rng } from './prng.js';
import { EVADE_CLOSE, EVADE_OPEN, stripMarkers } from './text.js';
import { DEMO_EVASIONS, type DemoEvasion } from './types.js';

const mark = (s: string) => EVADE_OPEN + s + EVADE_CLOSE;
const run = (text: string, evasion: DemoEvasion, seed = 1) => stripMarkers(applyEvasion(text, evasion, new Rng(seed)));

describe('applyEvasion', () => {
  const text = `Buy ${mark('Sildenafil')} 100 mg from ${mark('Rolex')} today`;

  it('rewrites only the marked spans', () => {
    for (const evasion of DEMO_EVASIONS.filter((e) => e !== 'obfuscated_contact')) {
      const out = run(text, evasion);
      expect(out.startsWith('Buy ')).toBe(true);
      expect(out).toContain(' 100 mg from ');
      expect(out.endsWith(' today')).toBe(true);
      expect(out, evasion).not.toBe('Buy Sildenafil 100 mg from Rolex today');
    }
  });

  it('leaves text alone without an evasion', () => {
    expect(stripMarkers(applyEvasion(text, undefined, new Rng(1)))).toBe('Buy Sildenafil 100 mg from Rolex today');
  });

  it('uses Cyrillic or Greek look-alikes for homoglyphs', () => {
    for (let seed = 0; seed < 50; seed++) expect(run(mark('Ozempic'), 'homoglyph', seed)).toMatch(/[\u0370-\u03ff\u0400-\u04ff]/);
  });

  it('hides invisible characters inside the word for zero_width', () => {
    for (let seed = 0; seed < 50; seed++) {
      const out = run(mark('Tramadol'), 'zero_width', seed);
      expect([...out].some((c) => INVISIBLE_CHARS.includes(c))).toBe(true);
      expect([...out].filter((c) => !INVISIBLE_CHARS.includes(c)).join('')).toBe('Tramadol');
    }
  });

  it('spaces letters, leets, punctuates and aliases', () => {
    expect(run(mark('Viagra'), 'spaced_letters')).toBe('V i a g r a');
    for (let seed = 0; seed < 50; seed++) {
      expect(run(mark('Sildenafil'), 'leetspeak', seed)).toMatch(/[0-9@$!]/);
      expect(run(mark('Sildenafil'), 'punctuation', seed)).toMatch(/\p{L}[.\-*_·]+\p{L}/u);
      const alias = run(mark('Rolex'), 'brand_alias', seed);
      expect(alias).not.toBe('Rolex');
      expect(alias.length).toBeGreaterThan(1);
    }
  });

  it('is deterministic for a seed', () => {
    expect(run(text, 'homoglyph', 9)).toBe(run(text, 'homoglyph', 9));
  });
});
