import type { FoldTable } from './fold-table.js';

/**
 * A light clean-up for link and contact detection: zero-width characters removed and look-alike
 * or full-width characters replaced by their ASCII form, with case, digits and punctuation kept
 * (a phone number or a URL needs them). Returns undefined when that changes nothing: plain ASCII
 * text, the common case, or accented letters only.
 */
export function cleanForLinks(text: string, table: FoldTable): { text: string; map: ArrayLike<number> } | undefined {
  if (!changesForLinks(text, table)) return undefined;
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

/**
 * Whether the clean-up would change anything: an ignorable character to drop, or a look-alike
 * to replace. Text with accented letters only (most German, French or Spanish listings) comes
 * back as it is, so it is not copied with an offset map like text with evasions.
 */
function changesForLinks(text: string, table: FoldTable): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) continue;
    const cp = text.codePointAt(i)!;
    // The offset map points both units of an astral character at its start: not the identity.
    if (cp > 0xffff || table.isIgnorable(cp)) return true;
    const folded = table.fold(cp);
    if (folded && folded.text.length === 1 && !(folded.flag & 1)) return true;
  }
  return false;
}

function fromCodes(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}
