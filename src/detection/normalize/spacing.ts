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
  const isSingle = (i: number): boolean =>
    c[i] !== SPACE && (i === 0 || c[i - 1] === SPACE) && (i + 1 >= n || c[i + 1] === SPACE);
  // A run is all letters or all digits: "w e g o v y 2 4 mg" is a word and a number.
  const sameKind = (a: number, b: number): boolean => isDigit(c[a]!) === isDigit(c[b]!);
  let i = 0;
  while (i < n) {
    if (!isSingle(i)) { out.copy(src, i); i++; continue; }
    let j = i;
    let count = 0;
    while (j < n && isSingle(j)) {
      count++;
      if (j + 2 < n && c[j + 1] === SPACE && isSingle(j + 2) && sameKind(j, j + 2)) j += 2;
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
