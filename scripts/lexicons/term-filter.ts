/**
 * Decides whether a term from a large source list may be matched on its own (strong), only with a
 * confirming cue (weak), or not at all (drop): short names and everyday words in any screening
 * language ("alli" is Spanish for "there", "speed" is English) would otherwise flag ordinary text.
 */
export type TermClass = 'strong' | 'weak' | 'drop';

export const foldForCompare = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\-_.'’]+/g, ' ').trim();

export interface TermFilter {
  classify(term: string): TermClass;
  isCommon(term: string): boolean;
}

export function createTermFilter(commonWords: string[]): TermFilter {
  const common = new Set(commonWords.map(foldForCompare));
  const isCommon = (term: string): boolean => common.has(foldForCompare(term));
  return {
    isCommon,
    classify(term: string): TermClass {
      const folded = foldForCompare(term);
      const letters = folded.replace(/[^a-z]/g, '');
      if (letters.length < 3 || isCommon(term) || folded.length > 60) return 'drop';
      if (/[®™©]/.test(term)) return 'drop';
      // Acronyms and short names are ambiguous ("DOC", "Evra"): they need a medical cue nearby.
      if (folded.length < 6 || /^[A-Z0-9-]{2,5}$/.test(term.trim())) return 'weak';
      return 'strong';
    },
  };
}
