import { type CharBuffer, isDigit, isLetter } from './char-buffer.js';
import { TRANSFORM } from './transforms.js';

/** Digits and symbols that stand in for letters ("v1agr@", "c!al1s", "0xyc0ntin"). */
const LEET: Record<number, number> = {
  48: 111, 49: 105, 51: 101, 52: 97, 53: 115, 55: 116, 56: 98, // 0 1 3 4 5 7 8
  64: 97, 36: 115, 33: 105, 124: 105, // @ $ ! |
};
// The same map as a table: a property lookup on the object per character was a visible cost.
const LEET_TABLE = new Int32Array(128);
for (const [k, v] of Object.entries(LEET)) LEET_TABLE[Number(k)] = v;
const isLeet = (c: number): boolean => c < 128 && LEET_TABLE[c] !== 0;

/**
 * Folds leetspeak inside words, in place. A digit counts as a letter only where it cannot be a
 * quantity or a model number: between two letters ("v1agra"), anywhere in a word that already has
 * such an inner digit ("534m45t3r"), as a single digit at the edge of a word of three or more
 * letters ("viagr4"), or when every digit of a word is a leet digit and the word is not a number
 * with a unit ("g0053", "dm44"). "100mg", "ps5", "500ml" and "iphone15" stay as they are.
 */
export function foldLeet(buf: CharBuffer): void {
  const n = buf.length;
  const codes = buf.codes;
  let i = 0;
  while (i < n) {
    // Only a word holding a digit or a leet symbol can change, and most words hold neither: skip
    // to the next such character with one table lookup each, then take the word around it.
    const code = codes[i]!;
    if (code >= 128 || KIND[code]! < LEET_CHAR) { i++; continue; }
    let start = i;
    while (start > 0 && kindOf(codes[start - 1]!) !== OTHER) start--;
    let j = start;
    let letters = 0;
    let others = 0;
    let nonLeetDigit = false;
    for (; j < n; j++) {
      const k = kindOf(codes[j]!);
      if (k === OTHER) break;
      if (k === LETTER) letters++;
      else { others++; if (k === PLAIN_DIGIT) nonLeetDigit = true; }
    }
    if (letters > 0 && !nonLeetDigit) foldWord(buf, start, j, letters, others);
    i = j;
  }
}

// What a character is to the leet stage, one table lookup instead of three tests per character:
// a letter (isLetter), a leet digit or symbol, a digit that stands for no letter, or other.
const OTHER = 0;
const LETTER = 1;
const LEET_CHAR = 2;
const PLAIN_DIGIT = 3;
const KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) KIND[c] = isLetter(c) ? LETTER : isLeet(c) ? LEET_CHAR : isDigit(c) ? PLAIN_DIGIT : OTHER;
const kindOf = (c: number): number => (c < 128 ? KIND[c]! : isLetter(c) ? LETTER : OTHER);

const DIGITS = /^\d+$/;
const NAME_AND_NUMBER = /^[a-z]{4,}\d+$/;
const UNIT = /^\d+(?:mg|mcg|ml|kg|g|l|cm|mm|m|km|gb|tb|mb|kb|mah|mw|w|kw|v|hz|ghz|mhz|pcs|pc|x|k|s|h|oz|lb|lbs|in|ft|st|er|p|d|th|nd|rd|iu)$/;

function foldWord(buf: CharBuffer, start: number, end: number, letters: number, others: number): void {
  const c = buf.codes;
  let word = '';
  for (let k = start; k < end; k++) word += String.fromCharCode(c[k]!);
  const inner: boolean[] = [];
  let anyInner = false;
  for (let k = start; k < end; k++) {
    const isInner = isLeet(c[k]!) && k > start && k < end - 1 && hasLetterBefore(buf, start, k) && hasLetterAfter(buf, k, end);
    inner.push(isInner);
    if (isInner) anyInner = true;
  }
  // "iphone15", "galaxy22": a name followed by a model number is not leetspeak.
  const wholeWord = anyInner || (others >= 2 && !UNIT.test(word) && !DIGITS.test(word) && !NAME_AND_NUMBER.test(word));
  for (let k = start; k < end; k++) {
    const code = c[k]!;
    if (!isLeet(code)) continue;
    // "!" and "|" are letters only inside a word ("c!alis"), never the "!!!" after one.
    let fold = isDigit(code) || code === 64 || code === 36 ? wholeWord || inner[k - start]! : inner[k - start]!;
    if (!fold && isDigit(code)) {
      // An edge digit run: only a lone digit next to a real word is a letter.
      let runStart = k;
      let runEnd = k;
      while (runStart > start && isDigit(c[runStart - 1]!)) runStart--;
      while (runEnd < end - 1 && isDigit(c[runEnd + 1]!)) runEnd++;
      fold = runEnd === runStart && letters >= 3;
    } else if (!fold && (code === 64 || code === 36)) {
      fold = letters >= 3; // "viagr@", "$ildenafil"
    }
    if (fold) {
      c[k] = LEET_TABLE[code]!;
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
