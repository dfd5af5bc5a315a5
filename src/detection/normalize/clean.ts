import type { FoldTable } from './fold-table.js';

/**
 * A light clean-up for link and contact detection: zero-width characters removed and look-alike
 * or full-width characters replaced by their ASCII form, with case, digits and punctuation kept
 * (a phone number or a URL needs them). Returns undefined for plain ASCII text, the common case.
 */
export function cleanForLinks(text: string, table: FoldTable): { text: string; map: Int32Array } | undefined {
  let ascii = true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return undefined;
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 128) { out += text[i]; map.push(i); }
    else if (!table.isIgnorable(cp)) {
      const folded = table.fold(cp);
      // Keep accents: only homoglyphs and width forms are evasions of an ASCII handle or domain.
      const value = folded && folded.text.length === 1 && !(folded.flag & 1) ? folded.text : text.slice(i, i + width);
      for (let k = 0; k < value.length; k++) { out += value[k]; map.push(i); }
    }
    i += width;
  }
  map.push(text.length);
  return { text: out, map: Int32Array.from(map) };
}
