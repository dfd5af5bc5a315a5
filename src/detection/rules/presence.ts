import type { Finding } from '../signals/findings.js';
import type { Condition, SignalMatch } from './types.js';

/**
 * The pre-check of the rules: which finding kinds and which term keys (category, category and
 * role, role, cue) a listing has, as bits, and for each rule a necessary condition over those
 * bits in conjunctive normal form. A rule whose clauses are not all met cannot hold, and most
 * listings meet the clauses of no rule: the check is a few AND operations per rule, with no call
 * through a closure per condition node (such calls, of many shapes, were a tenth of screening).
 */

export type FindingIndex = ReadonlyMap<string, readonly Finding[]>;

/** Presence bits of one listing (BIT_WORDS words). */
export type PresenceBits = Int32Array;

/**
 * A necessary condition: every clause (a bit mask over the presence bits, stored as (word, mask)
 * pairs of its non-zero words) must share a bit with the presence bits. No clause: no constraint.
 */
export type Clauses = readonly Int32Array[];

const BIT_WORDS = 8;
const MAX_BITS = BIT_WORDS * 32;
/** Clause products above this size are dropped (no constraint): still necessary, just weaker. */
const MAX_CLAUSES = 64;

/** Keys get bits as compiled rules first need them; keys no rule needs get none. */
const keyBit = new Map<string, number>();

/** The bit of a key, or -1 when all bits are taken. */
function bitFor(key: string): number {
  let b = keyBit.get(key);
  if (b === undefined) {
    if (keyBit.size >= MAX_BITS) return -1;
    keyBit.set(key, b = keyBit.size);
  }
  return b;
}

type TermGroup = Extract<Finding, { kind: 'term' }>['hit']['ref']['group'];

const groupKeys = new WeakMap<TermGroup, readonly string[]>();
/** The presence keys of a lexicon group, built once per group. */
function keysOf(g: TermGroup): readonly string[] {
  let keys = groupKeys.get(g);
  if (!keys) {
    keys = [`c:${g.category}`, `c:${g.category}|${g.role}`, `r:${g.role}`, ...(g.cue ? [`q:${g.cue}`] : [])];
    groupKeys.set(g, keys);
  }
  return keys;
}

const groupBits = new WeakMap<TermGroup, { known: number; bits: readonly number[] }>();
/** The bits of a group's keys that have one; recomputed when keys got bits since. */
function keyBitsOf(g: TermGroup): readonly number[] {
  let entry = groupBits.get(g);
  if (!entry || entry.known !== keyBit.size) {
    const bits: number[] = [];
    for (const k of keysOf(g)) {
      const b = keyBit.get(k);
      if (b !== undefined) bits.push(b);
    }
    groupBits.set(g, entry = { known: keyBit.size, bits });
  }
  return entry.bits;
}

const setBit = (bits: Int32Array, b: number): void => { bits[b >>> 5]! |= 1 << (b & 31); };

/**
 * The presence bits of a listing's findings: a bit per finding kind present, and the keys of
 * every term hit that counts (not suppressed by a context rule, not an exclusion term). Valid
 * until the next call.
 */
export function presenceOf(byKind: FindingIndex): PresenceBits {
  // One array reused by every call (evaluation is synchronous and reads it at once): a typed
  // array per listing was a measurable share of the allocations of a listing without findings.
  const bits = scratchBits.fill(0);
  for (const [kind, list] of byKind) {
    const b = keyBit.get(`k:${kind}`);
    if (b !== undefined) setBit(bits, b);
    if (kind !== 'term') continue;
    for (const f of list) {
      if (f.kind === 'term' && !f.hit.suppressedBy && f.hit.ref.group.role !== 'exclusion') {
        for (const g of keyBitsOf(f.hit.ref.group)) setBit(bits, g);
      }
    }
  }
  return bits;
}

const scratchBits = new Int32Array(BIT_WORDS);

/** Whether the presence bits meet every clause. */
export function mayHold(clauses: Clauses, bits: PresenceBits): boolean {
  for (const c of clauses) {
    // A clause is stored as (word, mask) pairs of its non-zero words, mostly a single pair.
    let met = false;
    for (let k = 0; k < c.length; k += 2) if ((bits[c[k]!]! & c[k + 1]!) !== 0) { met = true; break; }
    if (!met) return false;
  }
  return true;
}

/** A clause mask of BIT_WORDS words as (word, mask) pairs of its non-zero words. */
function packed(mask: Int32Array): Int32Array {
  const pairs: number[] = [];
  for (let w = 0; w < BIT_WORDS; w++) if (mask[w] !== 0) pairs.push(w, mask[w]!);
  return Int32Array.from(pairs);
}

function unpacked(clause: Int32Array): Int32Array {
  const mask = new Int32Array(BIT_WORDS);
  for (let k = 0; k < clause.length; k += 2) mask[clause[k]!] = clause[k + 1]!;
  return mask;
}

const NO_CONSTRAINT: Clauses = [];

/** A clause meaning "one of these keys is present", or undefined when a key has no bit. */
function clauseOf(keys: readonly string[]): Int32Array | undefined {
  const mask = new Int32Array(BIT_WORDS);
  for (const k of keys) {
    const b = bitFor(k);
    if (b < 0) return undefined;
    setBit(mask, b);
  }
  return packed(mask);
}

/** What a signal match needs present: its kind, and for terms one key of `any` and one of `cues`. */
function presentClauses(m: SignalMatch): Clauses {
  if (m.signal !== 'term') {
    const c = clauseOf([`k:${m.signal}`]);
    return c ? [c] : NO_CONSTRAINT;
  }
  const any = m.category ? m.category.map((c) => (m.role ? `c:${c}|${m.role}` : `c:${c}`)) : [m.role ? `r:${m.role}` : 'r:item', ...(m.role ? [] : ['r:cue'])];
  const out: Int32Array[] = [];
  const a = clauseOf(any);
  if (a) out.push(a);
  if (m.cue) {
    const q = clauseOf(m.cue.map((c) => `q:${c}`));
    if (q) out.push(q);
  }
  return out;
}

/** (A1 ∧ A2 …) ∨ (B1 ∧ …) as the clauses Ai ∨ Bj; no constraint when one side has none or it grows too large. */
function or(a: Clauses, b: Clauses): Clauses {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_CLAUSES) return NO_CONSTRAINT;
  const out: Int32Array[] = [];
  for (const x of a) {
    for (const y of b) {
      const m = unpacked(x);
      const my = unpacked(y);
      for (let w = 0; w < BIT_WORDS; w++) m[w]! |= my[w]!;
      out.push(packed(m));
    }
  }
  return out;
}

/**
 * The necessary condition of a rule condition: false only when no finding present can satisfy
 * it. `not` and listing conditions constrain nothing; `has` with a count below one neither.
 */
export function mayClauses(c: Condition): Clauses {
  if ('all' in c) return c.all.flatMap(mayClauses).slice(0, MAX_CLAUSES);
  if ('any' in c) return c.any.map(mayClauses).reduce((acc, x, i) => (i === 0 ? x : or(acc, x)), NO_CONSTRAINT);
  if ('not' in c) return NO_CONSTRAINT;
  if ('has' in c) return (c.has.count ?? 1) < 1 ? NO_CONSTRAINT : presentClauses(c.has);
  if ('near' in c) return [...presentClauses(c.near.a), ...presentClauses(c.near.b)];
  return NO_CONSTRAINT;
}
