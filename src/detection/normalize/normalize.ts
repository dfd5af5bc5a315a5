import { CharBuffer } from './char-buffer.js';
import { foldChars } from './fold-chars.js';
import type { FoldTable } from './fold-table.js';
import { foldLeet } from './leet.js';
import { squeezeRepeats } from './repeats.js';
import { collapseSeparators } from './separators.js';
import { collapseSpacedLetters } from './spacing.js';
import { type AppliedTransform, TRANSFORM, TRANSFORM_KINDS, type TransformKind } from './transforms.js';

/**
 * The matching form of a text: lower-case ASCII words separated by single spaces, with for every
 * character the original UTF-16 range it came from and the transforms applied to it.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
}

/**
 * NFKC + case folding + ignorables + confusables, then leetspeak, in-word punctuation, spaced
 * letters and repeated letters, then l→i (a lower-case l and a capital I look the same, UTS #39).
 * Lexicon terms go through the same function, so both sides meet in one form.
 */
// Two scratch buffers reused by every call (screening is synchronous), so a call allocates only
// its result; allocating eight typed arrays per field dominated the time of short listings.
const scratchA = new CharBuffer(4096);
const scratchB = new CharBuffer(4096);

export function normalize(original: string, table: FoldTable): NormalizedText {
  const a = scratchA.reset();
  const b = scratchB.reset();
  foldChars(original, table, a);
  foldLeet(a);
  collapseSeparators(a, b);
  collapseSpacedLetters(b, a.reset());
  squeezeRepeats(a, b.reset());
  const c = b.codes;
  for (let i = 0; i < b.length; i++) if (c[i] === 108) c[i] = 105;
  return {
    original,
    text: b.toString(),
    starts: b.starts.slice(0, b.length),
    ends: b.ends.slice(0, b.length),
    flags: b.flags.slice(0, b.length),
  };
}

/** Original range of normalised positions [start, end). */
export function originalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: n.starts[start]!, end: n.ends[end - 1]! };
}

/**
 * The transforms behind a normalised range, each located in the original text. Removed characters
 * (zero-width, punctuation, spaces) sit in the gap before the flagged character.
 */
export function transformsIn(n: NormalizedText, start: number, end: number): AppliedTransform[] {
  let any = 0;
  for (let i = start; i < end; i++) any |= n.flags[i]!;
  if (any === 0) return []; // the common case: an honest spelling
  const out: AppliedTransform[] = [];
  for (const kind of TRANSFORM_KINDS) {
    const bit = TRANSFORM[kind];
    if ((any & bit) === 0) continue;
    let open: AppliedTransform | undefined;
    for (let i = start; i < end; i++) {
      if ((n.flags[i]! & bit) === 0) { open = undefined; continue; }
      const range = rangeOf(n, i, kind, start);
      if (open && range.start <= open.end) open.end = Math.max(open.end, range.end);
      else { open = { kind, ...range }; out.push(open); }
    }
  }
  return out.sort((x, y) => x.start - y.start || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
}

const REMOVAL: ReadonlySet<TransformKind> = new Set(['invisible', 'punctuation']);

function rangeOf(n: NormalizedText, i: number, kind: TransformKind, spanStart: number): { start: number; end: number } {
  // Two characters from one expansion (ß → ss) share a range: never return a reversed one.
  if (REMOVAL.has(kind) && i > spanStart) return { start: Math.min(n.ends[i - 1]!, n.starts[i]!), end: n.starts[i]! };
  if (kind === 'spacing' && i > spanStart) return { start: Math.min(n.ends[i - 1]!, n.starts[i]!), end: n.ends[i]! };
  return { start: n.starts[i]!, end: n.ends[i]! };
}
