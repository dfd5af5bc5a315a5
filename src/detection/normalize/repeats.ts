import { type CharBuffer, isLower, SPACE } from './char-buffer.js';
import { TRANSFORM } from './transforms.js';

/**
 * Stage five: squeezes a run of one repeated letter to a single letter ("viiiagra", and also the
 * honest double in "accutane"), because the lexicon goes through the same squeeze and a seller can
 * then not escape by doubling. A word made of one letter only ("aaa", "xxx") is left alone: it is a
 * term of its own. Runs of three or more are recorded as an evasion.
 */
export function squeezeRepeats(src: CharBuffer, out: CharBuffer): CharBuffer {
  const n = src.length;
  const c = src.codes;
  let wordStart = 0;
  for (let i = 0; i < n; i++) {
    const code = c[i]!;
    if (code === SPACE) { out.copy(src, i); wordStart = i + 1; continue; }
    if (!isLower(code) || i === wordStart || c[i - 1] !== code) { out.copy(src, i); continue; }
    let j = i;
    while (j < n && c[j] === code) j++;
    const wordEnd = findWordEnd(c, j, n);
    const wholeWordIsRun = wordStart === i - 1 && wordEnd === j;
    if (wholeWordIsRun) {
      for (let k = i; k < j; k++) out.copy(src, k);
    } else {
      const last = out.length - 1;
      out.ends[last] = src.ends[j - 1]!;
      for (let k = i; k < j; k++) out.flags[last]! |= src.flags[k]!;
      if (j - i >= 2) out.flags[last]! |= TRANSFORM.repeat;
    }
    i = j - 1;
  }
  return out;
}

function findWordEnd(c: Int32Array, from: number, n: number): number {
  let k = from;
  while (k < n && c[k] !== SPACE) k++;
  return k;
}
