import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../services/detection/load-engine.js';
import { createFoldTable } from './fold-table.js';
import { normalize, originalSpan, transformsIn } from './normalize.js';

const table = createFoldTable(JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'lexicons', 'fold.json'), 'utf8')));
const n = (s: string): string => normalize(s, table).text;
const kinds = (s: string): string[] => {
  const r = normalize(s, table);
  return [...new Set(transformsIn(r, 0, r.text.length).map((t) => t.kind))].sort();
};

describe('normalize: case, NFKC and confusables (UTS #39)', () => {
  it('lower-cases and keeps words separated by single spaces', () => {
    expect(n('Hello   WORLD')).toBe('heio worid');
  });
  it('folds full-width and mathematical letters (NFKC)', () => {
    expect(n('ＶＩＡＧＲＡ')).toBe('viagra');
    expect(n('𝐕𝐢𝐚𝐠𝐫𝐚')).toBe('viagra');
    expect(kinds('ＶＩＡＧＲＡ')).toEqual(['compat']);
  });
  it('folds Cyrillic and Greek look-alikes to Latin and records a homoglyph', () => {
    expect(n('Vіаgra')).toBe('viagra');
    expect(n('Οzempic')).toBe('ozempic');
    expect(kinds('Vіаgra')).toEqual(['homoglyph']);
  });
  it('treats a lower-case l and a capital I as the same letter', () => {
    expect(n('VlAGRA')).toBe(n('VIAGRA'));
  });
  it('removes zero-width and bidi characters and says where', () => {
    const s = 'V\u200bi\u200ba\u200bg\u200br\u200ba';
    const r = normalize(s, table);
    expect(r.text).toBe('viagra');
    const t = transformsIn(r, 0, r.text.length);
    expect(t.every((x) => x.kind === 'invisible')).toBe(true);
    expect(t[0]).toEqual({ kind: 'invisible', start: 1, end: 2 });
    expect(n('cia\u2060lis\u202e')).toBe('ciaiis');
    expect(n('tra\ufeffmadol')).toBe('tramadoi');
  });
  it('strips combining accents, decomposed or precomposed', () => {
    expect(n('café')).toBe(n('cafe\u0301'));
    expect(n('Isotrétinoïne')).toBe('isotretinoine');
  });
});

describe('normalize: honest text in the eight languages is not mangled', () => {
  it.each([
    ['de', 'Straße und Größe', 'strase und grose'],
    ['pl', 'Łódź, żółć i gęśla', 'iodz zoic i gesia'],
    ['fr', "L'original, c'est l'été", 'i originai c est i ete'],
    ['it', "dell'acqua e l'olio", 'dei acqua e i oiio'],
    ['es', 'Niño pequeño, ¿cuánto?', 'nino pequeno cuanto'],
    ['nl', 'Één appel, geïnspireerd', 'en apei geinspirerd'],
    ['pt', 'Ação, coração e pão', 'acao coracao e pao'],
  ])('%s', (_lang, input, expected) => {
    expect(n(input)).toBe(expected);
  });
  it('keeps French and Italian elisions as two words', () => {
    expect(n("l'original").split(' ')).toEqual(['i', 'originai']);
    expect(n("dell'originale").split(' ')[1]).toBe('originaie');
  });
  it('joins a longer word with an apostrophe instead ("Levi\'s")', () => {
    expect(n("Levi's jeans")).toBe('ievis jeans');
  });
});

describe('normalize: leetspeak', () => {
  it('folds digits and symbols inside words', () => {
    expect(n('v1agr@')).toBe('viagra');
    expect(n('c!al1s')).toBe('ciaiis');
    expect(n('tr4m4d0l')).toBe('tramadoi');
    expect(kinds('v1agra')).toEqual(['leet']);
  });
  it('folds a lone edge digit next to a real word', () => {
    expect(n('viagr4')).toBe('viagra');
    expect(n('0xycontin')).toBe('oxycontin');
  });
  it('folds a word whose digits are all leet once it has an inner digit', () => {
    expect(n('534m45t3r')).toBe('seamaster');
    expect(n('G0053')).toBe('gose');
  });
  it('leaves quantities, units and model numbers alone', () => {
    expect(n('100mg 500ml 1000mAh 128GB')).toBe('100mg 500mi 1000mah 128gb');
    expect(n('ps5 rtx4090 iPhone15')).toBe('ps5 rtx4090 iphone15');
    expect(n('b12 a4')).toBe('b12 a4');
  });
});

describe('normalize: spacing, punctuation and repeats', () => {
  it('joins spaced letters', () => {
    expect(n('v i a g r a 100mg')).toBe('viagra 100mg');
    expect(kinds('v i a g r a')).toEqual(['spacing']);
  });
  it('does not join a spaced word with a following number', () => {
    expect(n('W e g o v y 2,4 mg')).toBe('wegovy 2 4 mg');
  });
  it('leaves two single letters alone', () => {
    expect(n('size s m')).toBe('size s m');
  });
  it('removes punctuation inside words', () => {
    expect(n('v.i.a.g.r.a')).toBe('viagra');
    expect(n('via-gra cia_lis x*anax')).toBe('viagra ciaiis xanax');
    expect(kinds('via-gra')).toEqual(['punctuation']);
  });
  it('turns other punctuation into one space', () => {
    expect(n('Rolex!!! -- (new) 😀 deal')).toBe('roiex new deai');
  });
  it('squeezes repeated letters, recording runs of three or more', () => {
    expect(n('viiiaaagraaa')).toBe('viagra');
    expect(n('accutane')).toBe('acutane');
    expect(kinds('viiiagra')).toEqual(['repeat']);
    expect(kinds('accutane')).toEqual([]);
  });
  it('keeps a word made of one repeated letter', () => {
    expect(n('AAA quality xxx')).toBe('aaa quaiity xxx');
  });
});

describe('normalize: offsets back to the original text', () => {
  it('maps a normalised range to the original characters', () => {
    const s = 'Buy V\u200bi\u200ba\u200bg\u200br\u200ba now';
    const r = normalize(s, table);
    const at = r.text.indexOf('viagra');
    const span = originalSpan(r, at, at + 6);
    expect(s.slice(span.start, span.end)).toBe('V\u200bi\u200ba\u200bg\u200br\u200ba');
  });
  it('maps through expansions (ß → ss) and squeezes', () => {
    const s = 'xx Straße yy';
    const r = normalize(s, table);
    const at = r.text.indexOf('strase');
    const span = originalSpan(r, at, at + 'strase'.length);
    expect(s.slice(span.start, span.end)).toBe('Straße');
  });
  it('maps astral characters by their UTF-16 length', () => {
    const s = '😀 𝐕iagra';
    const r = normalize(s, table);
    const span = originalSpan(r, 0, r.text.length);
    expect(s.slice(span.start, span.end)).toBe('𝐕iagra');
  });
  it('returns empty text for input without letters or digits', () => {
    expect(n('  --- !!! ')).toBe('');
    expect(n('')).toBe('');
  });
  it('handles inputs longer than the scratch buffers', () => {
    const long = 'viagra '.repeat(2000);
    expect(n(long).split(' ').length).toBe(2000);
  });
});
