import { type CharBuffer, isAlnum, isLetter, isLower, SPACE } from './char-buffer.js';
import { TRANSFORM } from './transforms.js';

/** Punctuation that sellers put inside a word to break it ("via-gra", "v.i.a.g.r.a", "cia_lis"). */
const INNER = new Set([45, 46, 95, 42, 39, 8217, 183, 8226, 43, 38, 47, 58, 126, 94, 8211, 8212, 8208]);
/** INNER for ASCII as a table: the check runs for every space and punctuation mark. */
const INNER_ASCII = new Uint8Array(128);
for (const c of INNER) if (c < 128) INNER_ASCII[c] = 1;
const isInner = (c: number): boolean => (c < 128 ? INNER_ASCII[c] === 1 : INNER.has(c));
const APOSTROPHES = new Set([39, 8217]);

/**
 * Stage three: removes punctuation between two letters or digits (recorded as a transform), turns
 * every other non-alphanumeric run into one space, and keeps French/Italian elisions ("l'original",
 * "dell'acqua") as two words so the second word still starts at a word boundary.
 */
export function collapseSeparators(src: CharBuffer, out: CharBuffer): CharBuffer {
  const n = src.length;
  const c = src.codes;
  const sStarts = src.starts;
  const sEnds = src.ends;
  const sFlags = src.flags;
  // The output is never longer than the input (a space is written only in place of at least one
  // removed character): size it once and write the arrays directly, not through push().
  out.ensure(n);
  const codes = out.codes;
  const starts = out.starts;
  const ends = out.ends;
  const flags = out.flags;
  let k = out.length;
  let pendingSpace = false;
  // What the next two stages need to know, gathered while writing: where a letter is first
  // doubled, and whether three one-character words stand in a row. Two more passes over the
  // output cost more than these few register operations per character.
  let repeat = -1;
  let last = -1;
  let wordLength = 0;
  let singles = 0;
  let spaced = false;
  for (let i = 0; i < n; i++) {
    const code = c[i]!;
    if (isAlnum(code)) {
      if (pendingSpace && k > 0) {
        codes[k] = SPACE;
        starts[k] = sStarts[i]!;
        ends[k] = sStarts[i]!;
        flags[k] = 0;
        k++;
        singles = wordLength === 1 ? singles + 1 : 0;
        if (singles === 3) spaced = true;
        wordLength = 0;
        last = SPACE;
      }
      pendingSpace = false;
      if (code === last && repeat < 0 && isLower(code)) repeat = k;
      last = code;
      wordLength++;
      codes[k] = code;
      starts[k] = sStarts[i]!;
      ends[k] = sEnds[i]!;
      flags[k] = sFlags[i]!;
      k++;
      continue;
    }
    const prev = i > 0 ? c[i - 1]! : SPACE;
    const next = i + 1 < n ? c[i + 1]! : SPACE;
    if (isInner(code) && isAlnum(prev) && isAlnum(next) && !pendingSpace) {
      if (APOSTROPHES.has(code) && isElision(src, i)) { pendingSpace = true; continue; }
      // The removed character's range is the gap between its neighbours; flag the next one.
      if (i + 1 < n) sFlags[i + 1]! |= TRANSFORM.punctuation;
      continue;
    }
    pendingSpace = true;
  }
  out.length = k;
  if (wordLength === 1 && singles === 2) spaced = true;
  separated.firstRepeat = repeat;
  separated.spacedRun = spaced;
  return out;
}

/**
 * Facts about the last output of collapseSeparators(): the first position whose letter doubles
 * the one before it (-1: none), and whether three one-character words stand in a row ("v i a").
 */
export const separated = { firstRepeat: -1, spacedRun: false };

/** "l'", "d'", "qu'", "dell'", "un'": a short article or preposition before an apostrophe. */
function isElision(src: CharBuffer, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isLetter(src.codes[k]!)) k--;
  const len = i - 1 - k;
  return len >= 1 && len <= 4 && (len <= 2 || isElidingWord(src, k + 1, i));
}

const ELIDING = new Set(['qu', 'dell', 'nell', 'sull', 'dall', 'all', 'quell', 'un', 'bell', 'lorsqu', 'jusqu', 'puisqu']);
function isElidingWord(src: CharBuffer, start: number, end: number): boolean {
  let w = '';
  for (let k = start; k < end; k++) w += String.fromCharCode(src.codes[k]!);
  return ELIDING.has(w);
}
