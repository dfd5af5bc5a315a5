/**
 * A decoy listing often has a title that names nothing ("Product", "Link 2", "Special item 01"):
 * every word is generic, a number or a stop word (DET-3).
 */
const STOP = new Set(['a', 'an', 'the', 'for', 'of', 'and', 'new', 'special', 'other', 'my', 'this', 'der', 'die', 'das', 'ein', 'le', 'la', 'un', 'une', 'el', 'il', 'de', 'het', 'een', 'o', 'um', 'nr', 'no', 'n', 'only', 'nur', 'seul', 'solo', 'tylko', 'alleen', 'só', 'vip', 'exclusive', 'private']);

export function isGenericTitle(normalizedTitle: string, genericWords: ReadonlySet<string>): boolean {
  // Word by word without splitting: most titles fail at their first word, or have too many words.
  const text = normalizedTitle;
  const n = text.length;
  let words = 0;
  let generic = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end < n && text.charCodeAt(end) !== 32) end++;
    if (end > start) {
      if (++words > 5) return false;
      const w = text.slice(start, end);
      if (!isNumber(text, start, end) && !STOP.has(w)) {
        if (!genericWords.has(w)) return false;
        generic++;
      }
    }
    start = end + 1;
  }
  return generic > 0;
}

function isNumber(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
