import { type CharBuffer, isDigit, isLetter } from './char-buffer.js';
import { TRANSFORM } from './transforms.js';

/** Digits and symbols that stand in for letters ("v1agr@", "c!al1s", "0xyc0ntin"). */
const LEET: Record<number, number> = {
  48: 111, 49: 105, 51: 101, 52: 97, 53: 115, 55: 116, 56: 98, // 0 1 3 4 5 7 8
  64: 97, 36: 115, 33: 105, 124: 105, // @ $ ! |
};
const isLeet = (c: number): boolean => LEET[c] !== undefined;

/**
 * Folds leetspeak inside words, in place. A digit counts as a letter only where it cannot be a
 * quantity or a model number: between two letters ("v1agra"), or as a single digit at the edge of
 * a word of three or more letters ("viagr4", "0xycontin"). "100mg", "ps5" and "iphone15" stay.
 */
export function foldLeet(buf: CharBuffer): void {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(buf.codes[i]!) && !isLeet(buf.codes[i]!)) { i++; continue; }
    let j = i;
    let letters = 0;
    let leet = 0;
    while (j < n && (isLetter(buf.codes[j]!) || isLeet(buf.codes[j]!))) {
      if (isLetter(buf.codes[j]!)) letters++; else leet++;
      j++;
    }
    if (letters > 0 && leet > 0) foldWord(buf, i, j, letters);
    i = j;
  }
}

function foldWord(buf: CharBuffer, start: number, end: number, letters: number): void {
  const c = buf.codes;
  for (let k = start; k < end; k++) {
    const code = c[k]!;
    if (!isLeet(code)) continue;
    let inner = k > start && k < end - 1 && hasLetterBefore(buf, start, k) && hasLetterAfter(buf, k, end);
    if (!inner && isDigit(code)) {
      // An edge digit run: only a lone digit next to a real word is a letter.
      let runStart = k;
      let runEnd = k;
      while (runStart > start && isDigit(c[runStart - 1]!)) runStart--;
      while (runEnd < end - 1 && isDigit(c[runEnd + 1]!)) runEnd++;
      inner = runEnd === runStart && letters >= 3;
    } else if (!inner) {
      inner = letters >= 2;
    }
    if (inner) {
      c[k] = LEET[code]!;
      buf.flags[k]! |= TRANSFORM.leet;
    }
  }
}

function hasLetterBefore(buf: CharBuffer, start: number, k: number): boolean {
  for (let p = k - 1; p >= start; p--) if (isLetter(buf.codes[p]!)) return true;
  return false;
}
function hasLetterAfter(buf: CharBuffer, k: number, end: number): boolean {
  for (let p = k + 1; p < end; p++) if (isLetter(buf.codes[p]!)) return true;
  return false;
}
