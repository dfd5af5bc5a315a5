import type { TermHit } from './match.js';

/** The hits of one field with the normalised text they were found in. */
export interface FieldHits {
  readonly field: string;
  readonly text: string;
  readonly hits: TermHit[];
}

const DEFAULT_WINDOW = 3;

/**
 * Context rules that keep false positives down: an exclusion term ("toy", "glue gun", "compatible
 * with", "without") neutralises hits of the categories it names, either anywhere in the listing,
 * near it, or just after it (negation). Suppressed hits stay, marked, so the explanation can show
 * why a listing was allowed.
 */
export function applyExclusions(fields: readonly FieldHits[]): void {
  // Plain loops over the hits, and what is read of their groups read once per hit into
  // ContextFacts: lexicon groups come in dozens of shapes, so every field read on one is a slow
  // generic lookup, and most listings have exclusion terms, each compared with every other hit.
  // One pass finds the exclusion hits; a listing without any is done after it.
  const facts = hitFacts;
  let n = 0;
  let nWide = 0;
  let anyLocal = false;
  for (let k = 0; k < fields.length; k++) {
    const hits = fields[k]!.hits;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      const x = contextFactsOf(h.ref.group);
      facts[n++] = x;
      if (!x.exclusion) continue;
      if (x.listing) { wideHits[nWide] = h; wideFacts[nWide++] = x; } else anyLocal = true;
    }
  }
  if (nWide === 0 && !anyLocal) return;
  let base = 0;
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k]!;
    const hits = f.hits;
    // The local (near, before) exclusions of this field, as indices into its hits.
    let nLocal = 0;
    if (anyLocal) for (let i = 0; i < hits.length; i++) if (facts[base + i]!.exclusion && !facts[base + i]!.listing) localIndex[nLocal++] = i;
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i]!;
      const hf = facts[base + i]!;
      if (hf.exclusion || hit.suppressedBy) continue;
      const category = hf.category;
      // The first listing-wide exclusion that names the category.
      let w = 0;
      while (w < nWide && !wideFacts[w]!.excludes?.includes(category)) w++;
      if (w < nWide) { hit.suppressedBy = wideHits[w]!.ref.term; continue; }
      if (hit.normStart < 0) continue; // pattern cues have no normalised range
      for (let j = 0; j < nLocal; j++) {
        const x = localIndex[j]!;
        const xf = facts[base + x]!;
        if (!xf.excludes?.includes(category)) continue;
        if (suppresses(f.text, hits[x]!, xf, hit)) { hit.suppressedBy = hits[x]!.ref.term; break; }
      }
    }
    base += hits.length;
  }
  // The scratch lists keep no hit of this listing alive.
  for (let w = 0; w < nWide; w++) wideHits[w] = undefined;
}

/** What applyExclusions reads of a lexicon group, in one shape. */
interface ContextFacts {
  readonly exclusion: boolean;
  /** scope "listing": the exclusion holds anywhere in the listing */
  readonly listing: boolean;
  /** scope "before": only just before the hit (negation) */
  readonly before: boolean;
  readonly excludes: readonly TermHit['ref']['group']['category'][] | undefined;
  readonly window: number;
  readonly category: TermHit['ref']['group']['category'];
}

type Group = TermHit['ref']['group'];
const contextFacts = new WeakMap<Group, ContextFacts>();

function contextFactsOf(g: Group): ContextFacts {
  let x = contextFacts.get(g);
  if (!x) {
    x = { exclusion: g.role === 'exclusion', listing: g.scope === 'listing', before: g.scope === 'before', excludes: g.excludes, window: g.window ?? DEFAULT_WINDOW, category: g.category };
    contextFacts.set(g, x);
  }
  return x;
}

// Scratch lists reused by every call (screening is synchronous): the facts of each hit in field
// order, the listing-wide exclusions, and the local exclusions of one field.
const hitFacts: ContextFacts[] = [];
const wideHits: (TermHit | undefined)[] = [];
const wideFacts: ContextFacts[] = [];
const localIndex: number[] = [];

/**
 * Whether the exclusion suppresses the hit: wordsBetween(text, exclusion, hit) <= window, and for
 * scope "before" the exclusion ends before the hit. The words between are counted only up to the
 * window: an exclusion far from the hit (the common case) is settled without scanning the text
 * between them.
 */
function suppresses(text: string, exclusion: TermHit, facts: ContextFacts, hit: TermHit): boolean {
  if (facts.before) return exclusion.normEnd <= hit.normStart && gapAtMost(text, exclusion.normEnd, hit.normStart, facts.window);
  const exclusionFirst = exclusion.normStart <= hit.normStart;
  const firstEnd = exclusionFirst ? exclusion.normEnd : hit.normEnd;
  const secondStart = exclusionFirst ? hit.normStart : exclusion.normStart;
  if (secondStart < firstEnd) return -1 <= facts.window; // overlapping: wordsBetween is -1
  return gapAtMost(text, firstEnd, secondStart, facts.window);
}

/** Whether max(0, spaces in text[from, to) - 1), the words between two hits, is at most `window`. */
function gapAtMost(text: string, from: number, to: number, window: number): boolean {
  if (window < 0) return false;
  let spaces = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === SPACE && ++spaces > window + 1) return false;
  return true;
}

const SPACE = 32;
