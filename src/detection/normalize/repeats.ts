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

/**
 * The same squeeze in place, from the first doubled letter `from` on (normalize() found it while
 * checking whether there is anything to squeeze). Writes never overtake reads, and positions
 * before the first removed letter are not written at all: copying every position into a second
 * buffer cost more than the squeeze itself, because honest text nearly always has a double letter.
 */
export function squeezeRepeatsInPlace(buf: CharBuffer, from: number): void {
  const n = buf.length;
  const c = buf.codes;
  const starts = buf.starts;
  const ends = buf.ends;
  const flags = buf.flags;
  let wordStart = from;
  while (wordStart > 0 && c[wordStart - 1] !== SPACE) wordStart--;
  let w = from;
  for (let i = from; i < n; i++) {
    const code = c[i]!;
    if (code === SPACE || !isLower(code) || i === wordStart || c[i - 1] !== code) {
      if (code === SPACE) wordStart = i + 1;
      if (w !== i) { c[w] = code; starts[w] = starts[i]!; ends[w] = ends[i]!; flags[w] = flags[i]!; }
      w++;
      continue;
    }
    let j = i;
    while (j < n && c[j] === code) j++;
    const wordEnd = findWordEnd(c, j, n);
    if (wordStart === i - 1 && wordEnd === j) {
      for (let k = i; k < j; k++) {
        if (w !== k) { c[w] = c[k]!; starts[w] = starts[k]!; ends[w] = ends[k]!; flags[w] = flags[k]!; }
        w++;
      }
    } else {
      const last = w - 1;
      ends[last] = ends[j - 1]!;
      for (let k = i; k < j; k++) flags[last]! |= flags[k]!;
      if (j - i >= 2) flags[last]! |= TRANSFORM.repeat;
    }
    i = j - 1;
  }
  buf.length = w;
}
