import { type TermHit, wordsBetween } from './match.js';

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
  // Plain loops rather than flatMap/filter: this runs for every listing. One pass finds the
  // exclusion hits; a listing without any (most of them) is done after it.
  const listingWide: TermHit[] = [];
  let locals: TermHit[][] | undefined;
  for (let k = 0; k < fields.length; k++) {
    for (const h of fields[k]!.hits) {
      if (!isExclusion(h)) continue;
      if (h.ref.group.scope === 'listing') listingWide.push(h);
      else ((locals ??= fields.map(() => []))[k]!).push(h);
    }
  }
  if (listingWide.length === 0 && !locals) return;
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k]!;
    const local = locals?.[k] ?? NO_HITS;
    for (const hit of f.hits) {
      if (isExclusion(hit) || hit.suppressedBy) continue;
      const category = hit.ref.group.category;
      const wide = excluding(listingWide, category);
      if (wide) { hit.suppressedBy = wide.ref.term; continue; }
      if (hit.normStart < 0) continue; // pattern cues have no normalised range
      for (const x of local) {
        if (!x.ref.group.excludes?.includes(category)) continue;
        if (suppresses(f.text, x, hit)) { hit.suppressedBy = x.ref.term; break; }
      }
    }
  }
}

const NO_HITS: readonly TermHit[] = [];

const isExclusion = (h: TermHit): boolean => h.ref.group.role === 'exclusion';

/** The first exclusion that names the category (a loop: find() allocated a closure per hit). */
function excluding(exclusions: readonly TermHit[], category: TermHit['ref']['group']['category']): TermHit | undefined {
  for (const x of exclusions) if (x.ref.group.excludes?.includes(category)) return x;
  return undefined;
}

function suppresses(text: string, exclusion: TermHit, hit: TermHit): boolean {
  const window = exclusion.ref.group.window ?? DEFAULT_WINDOW;
  const gap = wordsBetween(text, exclusion, hit);
  if (exclusion.ref.group.scope === 'before') {
    return exclusion.normEnd <= hit.normStart && gap >= 0 && gap <= window;
  }
  return gap <= window;
}
