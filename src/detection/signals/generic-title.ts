/**
 * A decoy listing often has a title that names nothing ("Product", "Link 2", "Special item 01"):
 * every word is generic, a number or a stop word (DET-3).
 */
const STOP = new Set(['a', 'an', 'the', 'for', 'of', 'and', 'new', 'special', 'other', 'my', 'this', 'der', 'die', 'das', 'ein', 'le', 'la', 'un', 'une', 'el', 'il', 'de', 'het', 'een', 'o', 'um', 'nr', 'no', 'n', 'only', 'nur', 'seul', 'solo', 'tylko', 'alleen', 'só', 'vip', 'exclusive', 'private']);

export function isGenericTitle(normalizedTitle: string, genericWords: ReadonlySet<string>): boolean {
  // Most titles have more than five words: count the spaces before splitting anything.
  let spaces = 0;
  for (let i = 0; i < normalizedTitle.length && spaces < 5; i++) if (normalizedTitle.charCodeAt(i) === 32) spaces++;
  if (spaces >= 5 && normalizedTitle.trim() === normalizedTitle && !normalizedTitle.includes('  ')) return false;
  const words = normalizedTitle.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  let generic = 0;
  for (const w of words) {
    if (/^\d+$/.test(w) || STOP.has(w)) continue;
    if (!genericWords.has(w)) return false;
    generic++;
  }
  return generic > 0;
}
