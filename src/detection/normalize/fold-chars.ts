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
 */
export function foldChars(text: string, table: FoldTable, out: CharBuffer): CharBuffer {
  let pendingInvisible = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const end = i + width;
    if (cp < 128) {
      const code = cp >= 65 && cp <= 90 ? cp + 32 : cp;
      out.push(code, i, end, pendingInvisible ? TRANSFORM.invisible : 0);
      pendingInvisible = false;
    } else if (table.isIgnorable(cp)) {
      pendingInvisible = true;
    } else if (isCombiningMark(cp)) {
      // A decomposed accent belongs to the letter before it.
      if (out.length > 0) {
        out.ends[out.length - 1] = end;
        out.flags[out.length - 1]! |= TRANSFORM.accent;
      }
    } else {
      const folded = table.fold(cp);
      const flag = pendingInvisible ? TRANSFORM.invisible : 0;
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
      pendingInvisible = false;
    }
    i = end;
  }
  return out;
}
