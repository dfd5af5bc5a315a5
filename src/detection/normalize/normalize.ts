import { CharBuffer, isLower } from './char-buffer.js';
import { foldChars } from './fold-chars.js';
import type { FoldTable } from './fold-table.js';
import { foldLeet } from './leet.js';
import { squeezeRepeatsInPlace } from './repeats.js';
import { collapseSeparators, separated } from './separators.js';
import { collapseSpacedLetters } from './spacing.js';
import { type AppliedTransform, TRANSFORM, TRANSFORM_KINDS, type TransformKind } from './transforms.js';

/**
 * The matching form of a text: lower-case ASCII words separated by single spaces, with for every
 * character the original UTF-16 range it came from and the transforms applied to it.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  // Plain arrays: a typed array per field costs an off-heap allocation that the garbage collector
  // must track, which made result allocation the largest part of normalising a short field.
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  readonly flags: ArrayLike<number>;
}

/**
 * NFKC + case folding + ignorables + confusables, then leetspeak, in-word punctuation, spaced
 * letters and repeated letters, then l→i (a lower-case l and a capital I look the same, UTS #39).
 * Lexicon terms go through the same function, so both sides meet in one form.
 */
// Two scratch buffers reused by every call (screening is synchronous), so a call allocates only
// its result; allocating eight typed arrays per field dominated the time of short listings.
let scratchA = new CharBuffer(4096);
let scratchB = new CharBuffer(4096);

export function normalize(original: string, table: FoldTable): NormalizedText {
  return detach(normalizeScratch(original, table));
}

/**
 * normalize() without the copy: the ranges and flags are the shared scratch buffers, valid only
 * until the next call of either function. For a caller that reads them at once (matching) and
 * keeps a copy only where it needs one (keepFor); copying every position of every field into
 * three new arrays was the largest part of normalising.
 */
export function normalizeScratch(original: string, table: FoldTable): NormalizedText {
  let cur = foldChars(original, table, scratchA.reset());
  let next = scratchB.reset();
  foldLeet(cur);
  collapseSeparators(cur, next);
  let swap = cur;
  cur = next;
  next = swap;
  // The last two stages change nothing in most honest text; the separator stage noted whether
  // they have anything to do, which is much cheaper than copying every position again.
  let repeat = separated.firstRepeat;
  if (separated.spacedRun) {
    collapseSpacedLetters(cur, next.reset());
    swap = cur;
    cur = next;
    next = swap;
    repeat = firstRepeat(cur);
  }
  if (repeat > 0) squeezeRepeatsInPlace(cur, repeat);
  // Buffers may have grown: keep the grown ones for the next call. The next call writes into
  // the buffer holding this result first, which is why a result must be detached before it.
  scratchA = cur;
  scratchB = next;
  return { original, text: textOf(cur.codes, cur.length), starts: cur.starts, ends: cur.ends, flags: cur.flags };
}

/**
 * The string of the first n units, with l→i, built by one native UTF-16 decode of a reused
 * buffer: String.fromCharCode over typed-array chunks cost twice as much for a listing's fields.
 */
function textOf(codes: Int32Array, n: number): string {
  if (n > textUnits.length) {
    textBytes = Buffer.alloc(n * 4);
    textUnits = new Uint16Array(textBytes.buffer, textBytes.byteOffset, n * 2);
  }
  const units = textUnits;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    units[i] = c === 108 ? 105 : c;
  }
  return textBytes.toString('utf16le', 0, n * 2);
}

let textBytes = Buffer.alloc(8192);
let textUnits = new Uint16Array(textBytes.buffer, textBytes.byteOffset, 4096);

/** A copy of a scratch result that stays valid. */
export function detach(n: NormalizedText): NormalizedText {
  const len = n.text.length;
  // Plain arrays sized once: growing by push reallocated each array several times per field.
  const starts = new Array<number>(len);
  const ends = new Array<number>(len);
  const flags = new Array<number>(len);
  const s = n.starts;
  const e = n.ends;
  const f = n.flags;
  for (let i = 0; i < len; i++) {
    starts[i] = s[i]!;
    ends[i] = e[i]!;
    flags[i] = f[i]!;
  }
  return { original: n.original, text: n.text, starts, ends, flags };
}

/**
 * What a caller keeps of a scratch result: the text now, the positions only when something reads
 * them. Only an explanation does (transformsIn, for a listing where a rule fired), so the
 * positions are rebuilt then by normalising the original again, which gives the same positions
 * (normalize is a pure function of the text and the table). Copying them for every field that
 * had a hit made up an eighth of what screening allocated, and the copies were nearly always
 * thrown away unread.
 */
export function keepFor(n: NormalizedText, table: FoldTable): NormalizedText {
  return new KeptText(n.original, n.text, table);
}

class KeptText implements NormalizedText {
  private full: NormalizedText | undefined;
  constructor(readonly original: string, readonly text: string, private readonly table: FoldTable) {}
  get starts(): ArrayLike<number> { return this.positions().starts; }
  get ends(): ArrayLike<number> { return this.positions().ends; }
  get flags(): ArrayLike<number> { return this.positions().flags; }
  private positions(): NormalizedText {
    return (this.full ??= normalize(this.original, this.table));
  }
}

/** Where a letter is first doubled (-1: nowhere); the squeeze acts only then, from there on. */
function firstRepeat(buf: CharBuffer): number {
  const c = buf.codes;
  for (let i = 1; i < buf.length; i++) if (c[i] === c[i - 1] && isLower(c[i]!)) return i;
  return -1;
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
