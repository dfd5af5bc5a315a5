import { perObject } from '../memo.js';
import type { FoldTable } from './fold-table.js';

/**
 * A light clean-up for link and contact detection: zero-width characters removed and look-alike
 * or full-width characters replaced by their ASCII form, with case, digits and punctuation kept
 * (a phone number or a URL needs them). Returns undefined when that changes nothing: plain ASCII
 * text, the common case, or accented letters only.
 */
export function cleanForLinks(text: string, table: FoldTable): { text: string; map: ArrayLike<number> } | undefined {
  if (!changesForLinks(text, table)) return undefined;
  // Code units and offsets go into arrays, the string is built once: appending one character at a
  // time and copying the map into a typed array made this the costliest step for non-ASCII fields.
  // The output is never longer than the input: size the arrays once.
  const codes = new Array<number>(text.length);
  const map = new Array<number>(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 128) { codes[n] = cp; map[n++] = i; }
    else if (!table.isIgnorable(cp)) {
      const folded = table.fold(cp);
      // Keep accents: only homoglyphs and width forms are evasions of an ASCII handle or domain.
      if (folded && folded.text.length === 1 && !(folded.flag & 1)) { codes[n] = folded.text.charCodeAt(0); map[n++] = i; }
      else for (let k = 0; k < width; k++) { codes[n] = text.charCodeAt(i + k); map[n++] = i; }
    }
    i += width;
  }
  map[n] = text.length;
  codes.length = n;
  map.length = n + 1;
  return { text: fromCodes(codes), map };
}

/**
 * Whether the clean-up would change anything: an ignorable character to drop, or a look-alike
 * to replace. Text with accented letters only (most German, French or Spanish listings) comes
 * back as it is, so it is not copied with an offset map like text with evasions.
 */
function changesForLinks(text: string, table: FoldTable): boolean {
  return changingOf(table).test(text);
}

/**
 * The same answer as a loop over the text asking the table about each non-ASCII character (a test
 * compares the two), as one expression: a character the clean-up changes, or any surrogate pair
 * (an astral character: the offset map points both its units at its start, not the identity). V8
 * scans for it natively, in about half the time of the loop over a short field and a third over a
 * long one. Built once per table: about 1,400 characters in 600 ranges, a few milliseconds.
 */
const changingOf = perObject((table: FoldTable): RegExp => {
  let ranges = '';
  let from = -1;
  for (let cp = 0x80; cp <= 0x10000; cp++) {
    const changes = cp <= 0xffff && changesAt(cp, table);
    if (changes && from < 0) from = cp;
    else if (!changes && from >= 0) {
      ranges += from === cp - 1 ? unit(from) : `${unit(from)}-${unit(cp - 1)}`;
      from = -1;
    }
  }
  // Without the u flag the class and the pair are code units, as charCodeAt reads them. Any
  // non-ASCII unit first, then the class or the pair as lookarounds on it: V8 passes over ASCII
  // text as fast as for that one range, where the class alone cost a range search per character
  // (three times the time over a long description).
  const pair = '(?<=[\\ud800-\\udbff])(?=[\\udc00-\\udfff])';
  return new RegExp(`[^\\0-\\x7f]${ranges ? `(?:(?<=[${ranges}])|${pair})` : pair}`);
});

const unit = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

/** Whether the clean-up drops or replaces the BMP character `cp` (a lone surrogate included) where it stands alone. */
function changesAt(cp: number, table: FoldTable): boolean {
  if (table.isIgnorable(cp)) return true;
  const folded = table.fold(cp);
  return folded !== undefined && folded.text.length === 1 && !(folded.flag & 1);
}

function fromCodes(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}
