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
 * "specialist".
 */
export function matchTerms(lexicon: CompiledLexicon, field: string, norm: NormalizedText): TermHit[] {
  const text = norm.text;
  const hits: TermHit[] = [];
  for (const m of lexicon.matcher.search(text)) {
    if (m.start > 0 && text.charCodeAt(m.start - 1) !== SPACE) continue;
    if (m.end < text.length && text.charCodeAt(m.end) !== SPACE) continue;
    for (const ref of lexicon.entries[m.data!]!) {
      hits.push({
        field, ref, pattern: m.pattern, normStart: m.start, normEnd: m.end,
        start: norm.starts[m.start]!, end: norm.ends[m.end - 1]!,
      });
    }
  }
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
