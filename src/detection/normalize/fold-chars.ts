import { CharBuffer } from './char-buffer.js';
import type { FoldTable } from './fold-table.js';
import { TRANSFORM } from './transforms.js';

const isCombiningMark = (cp: number): boolean =>
  (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) ||
  (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe20 && cp <= 0xfe2f);

const lowerCache = new Map<number, number[]>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lower-case form of a code point the table does not fold; symbols and emoji become a space. */
function lowerOf(cp: number): number[] {
  let cached = lowerCache.get(cp);
  if (!cached) {
    const ch = String.fromCodePoint(cp);
    cached = LETTER_OR_DIGIT.test(ch) ? [...ch.toLowerCase()].map((c) => c.codePointAt(0)!) : [32];
    if (lowerCache.size < 50_000) lowerCache.set(cp, cached);
  }
  return cached;
}

/**
 * Stage one: per code point, drop default-ignorable characters (zero-width, bidi controls, tags),
 * fold compatibility forms, diacritics and confusables to their ASCII base (UTS #39 prototype) and
 * lower-case. Offsets always point at the original character.
 *
 * Shape: a tight loop over ASCII code units writing the buffer's arrays directly, left for one
 * non-ASCII code point at a time (foldOne). With both paths in one loop body V8 kept reloading
 * the arrays and the buffer's length around the calls of the rare path, and the ASCII path,
 * nearly every character of most listings, ran at several times the cost of a plain copy.
 */
export function foldChars(text: string, table: FoldTable, out: CharBuffer): CharBuffer {
  const n = text.length;
  // Every ASCII code unit gives exactly one position: room for all of them up front.
  out.ensure(n);
  const units = unitsOf(text);
  let flag = 0;
  let i = 0;
  while (i < n) {
    const codes = out.codes;
    const starts = out.starts;
    const ends = out.ends;
    const flags = out.flags;
    const cap = codes.length;
    let k = out.length;
    for (; i < n && k < cap; i++, k++) {
      const u = units[i]!;
      if (u >= 128) break;
      codes[k] = u >= 65 && u <= 90 ? u + 32 : u;
      starts[k] = i;
      ends[k] = i + 1;
      flags[k] = flag;
      flag = 0;
    }
    out.length = k;
    if (i >= n) break;
    if (k >= cap) { out.ensure(n - i); continue; }
    // The module-level flag carries the pending "invisible" mark into and out of the rare path
    // only; inside the ASCII loop a local variable keeps it in a register.
    pending = flag;
    i = foldOne(text, i, table, out);
    flag = pending;
  }
  return out;
}

/**
 * The UTF-16 code units of `text`, copied in one native call into a reused array. A loop of
 * charCodeAt() over the text itself ran at about three times the cost once the call site had
 * seen strings of several internal representations (the lexicon's terms, rebuilt by replace(),
 * at engine start; slices and concatenations in listings), which every long-running process does.
 */
function unitsOf(text: string): Uint16Array {
  if (text.length > unitView.length) {
    unitBytes = Buffer.alloc(text.length * 4);
    unitView = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, text.length * 2);
  }
  unitBytes.write(text, 0, 'utf16le');
  return unitView;
}

let unitBytes = Buffer.alloc(8192);
let unitView = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, 4096);

/** TRANSFORM.invisible while an ignorable character was just dropped, for the next position. */
let pending = 0;

/** Folds the non-ASCII code point at i into `out`; returns the index after it. */
function foldOne(text: string, i: number, table: FoldTable, out: CharBuffer): number {
  const cp = text.codePointAt(i)!;
  const end = i + (cp > 0xffff ? 2 : 1);
  if (table.isIgnorable(cp)) {
    pending = TRANSFORM.invisible;
  } else if (isCombiningMark(cp)) {
    // A decomposed accent belongs to the letter before it.
    if (out.length > 0) {
      out.ends[out.length - 1] = end;
      out.flags[out.length - 1]! |= TRANSFORM.accent;
    }
  } else {
    const folded = table.fold(cp);
    const flag = pending;
    if (folded) {
      for (let k = 0; k < folded.text.length; k++) out.push(folded.text.charCodeAt(k), i, end, folded.flag | (k === 0 ? flag : 0));
    } else {
      // The buffer holds UTF-16 units so its indices are the normalised string's indices.
      for (const c of lowerOf(cp)) {
        if (c > 0xffff) {
          out.push(0xd800 + ((c - 0x10000) >> 10), i, end, flag);
          out.push(0xdc00 + ((c - 0x10000) & 0x3ff), i, end, flag);
        } else out.push(c, i, end, flag);
      }
    }
    pending = 0;
  }
  return end;
}
