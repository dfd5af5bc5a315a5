import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../services/detection/load-engine.js';
import { cleanForLinks } from './clean.js';
import { createFoldTable, type FoldTable } from './fold-table.js';

const table = createFoldTable(JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'lexicons', 'fold.json'), 'utf8')));

/** The plain pre-check: every non-ASCII code point of the text asked of the table. */
function changesPlain(text: string, t: FoldTable): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff || t.isIgnorable(cp)) return true;
    const folded = t.fold(cp);
    if (folded && folded.text.length === 1 && !(folded.flag & 1)) return true;
  }
  return false;
}

describe('cleanForLinks pre-check', () => {
  it('answers as the plain loop for every BMP code unit alone and after ASCII', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const text = `ab ${String.fromCharCode(c)}`;
      if ((cleanForLinks(text, table) !== undefined) !== changesPlain(text, table)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('answers as the plain loop on random text with accents, look-alikes, ignorables and surrogates', () => {
    const small = createFoldTable({
      unicodeVersion: 'test',
      ignorable: [[0x200b, 0x200f], [0xe0000, 0xe0fff]],
      entries: [[0x430, 'a', 'confusable'], [0xff21, 'a', 'compat'], [0xe9, 'e', 'accent'], [0xdf, 'ss', 'accent']],
    });
    const pieces = ['a', 'Z', '9', ' ', '.', '@', 'é', 'ü', 'ß', 'ı', 'ſ', '\u212a', 'а', 'е', 'о', 'Ａ', '＠', '\u200b', '\u200d', '\u00ad', '\ufeff',
      '😀', '\u{e0041}', '\ud800', '\udc00', '\udbff', 'ñ', '中', '\u0301'];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let changed = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = Array.from({ length: Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      for (const t of [table, small]) {
        const fast = cleanForLinks(text, t) !== undefined;
        if (fast !== changesPlain(text, t)) expect([text, fast]).toEqual([text, !fast]);
        if (fast) changed++;
      }
    }
    expect(changed).toBeGreaterThan(10_000);
  });
});
