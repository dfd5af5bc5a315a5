import type { NormalizedText } from '../normalize/normalize.js';
import type { CompiledLexicon, TermRef } from './compile.js';

/** One lexicon term found in one field, with normalised and original ranges. */
export interface TermHit {
  readonly field: string;
  readonly ref: TermRef;
  readonly pattern: string;
  readonly normStart: number;
  readonly normEnd: number;
  readonly start: number;
  readonly end: number;
  /** Set when an exclusion (context rule) neutralised this hit; kept for the explanation. */
  suppressedBy?: string;
}

const SPACE = 32;

/**
 * Finds every lexicon term in a normalised field. Terms must start and end on word boundaries
 * (the normalised text separates words by single spaces), so "cialis" is not found in
 * "specialist"; the trie only ever tries word starts.
 */
export function matchTerms(lexicon: CompiledLexicon, field: string, norm: NormalizedText): TermHit[] {
  const hits: TermHit[] = [];
  lexicon.trie.findWords(norm.text, (index, start, end) => {
    const pattern = lexicon.patterns[index]!;
    for (const ref of lexicon.entries[index]!) {
      hits.push({ field, ref, pattern, normStart: start, normEnd: end, start: norm.starts[start]!, end: norm.ends[end - 1]! });
    }
  });
  return hits;
}

/** Words strictly between two normalised ranges of the same text; -1 when they overlap. */
export function wordsBetween(text: string, a: { normStart: number; normEnd: number }, b: { normStart: number; normEnd: number }): number {
  const [first, second] = a.normStart <= b.normStart ? [a, b] : [b, a];
  if (second.normStart < first.normEnd) return -1;
  let spaces = 0;
  for (let i = first.normEnd; i < second.normStart; i++) if (text.charCodeAt(i) === SPACE) spaces++;
  return Math.max(0, spaces - 1);
}
