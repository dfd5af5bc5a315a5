import { type CharBuffer, isDigit, SPACE } from './char-buffer.js';
import { TRANSFORM } from './transforms.js';

/** Fewer single characters in a row are ordinary text ("a b", "s m"); three or more spell a word. */
const MIN_RUN = 3;

/**
 * Stage four: joins runs of single letters or digits separated by single spaces ("v i a g r a")
 * into one word. Input has one space between words (stage three), so a run is a pattern of
 * char, space, char, space, ...
 */
export function collapseSpacedLetters(src: CharBuffer, out: CharBuffer): CharBuffer {
  const n = src.length;
  const c = src.codes;
  let i = 0;
  while (i < n) {
    if (!isSingle(c, n, i)) { out.copy(src, i); i++; continue; }
    let j = i;
    let count = 0;
    while (j < n && isSingle(c, n, j)) {
      count++;
      // A run is all letters or all digits: "w e g o v y 2 4 mg" is a word and a number.
      if (j + 2 < n && c[j + 1] === SPACE && isSingle(c, n, j + 2) && isDigit(c[j]!) === isDigit(c[j + 2]!)) j += 2;
      else { j++; break; }
    }
    if (count >= MIN_RUN) {
      for (let k = i; k < j; k += 2) out.copy(src, k, TRANSFORM.spacing);
      i = j;
    } else {
      out.copy(src, i);
      i++;
    }
  }
  return out;
}

// Module-level, not a closure per call: this runs for every character of every field.
function isSingle(c: Int32Array, n: number, i: number): boolean {
  return c[i] !== SPACE && (i === 0 || c[i - 1] === SPACE) && (i + 1 >= n || c[i + 1] === SPACE);
}
