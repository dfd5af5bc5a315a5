import type { FoldTable } from './fold-table.js';

/**
 * A light clean-up for link and contact detection: zero-width characters removed and look-alike
 * or full-width characters replaced by their ASCII form, with case, digits and punctuation kept
 * (a phone number or a URL needs them). Returns undefined for plain ASCII text, the common case.
 */
export function cleanForLinks(text: string, table: FoldTable): { text: string; map: ArrayLike<number> } | undefined {
  let ascii = true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return undefined;
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

function fromCodes(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}
