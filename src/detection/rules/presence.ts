import type { Finding } from '../signals/findings.js';
import type { Condition, SignalMatch } from './types.js';

/**
 * The pre-check of the rules: which finding kinds and which term keys (category; category and
 * role, also with strength; role; strength; cue; tag; brand) a listing has, as bits, and for each
 * rule a necessary condition over those bits in conjunctive normal form. A rule whose clauses
 * are not all met cannot hold, and most listings meet the clauses of no rule: the check is a few
 * AND operations per candidate rule (PreCheck), with no call through a closure per condition node
 * (such calls, of many shapes, were a tenth of screening).
 */

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
    keys = [`c:${g.category}`, `c:${g.category}|${g.role}`, `r:${g.role}`, `c:${g.category}|${g.role}|${g.strength}`, `c:${g.category}|*|${g.strength}`,
      `s:${g.strength}`, ...(g.cue ? [`q:${g.cue}`] : []), ...(g.tags ?? []).map((t) => `t:${t}`), ...(g.brand !== undefined ? ['b:brand'] : [])];
    groupKeys.set(g, keys);
  }
  return keys;
}

/** The bits of a group as (word, mask) pairs of the non-zero words, and keyBit.size when made. */
interface GroupBits { readonly known: number; readonly pairs: Int32Array }

/** The bits of the groups met so far: a group's keys are strings, turned into bits once per group. */
const groupBits = new WeakMap<TermGroup, GroupBits>();

/** The bits of a group's keys that have one, as (word, mask) pairs; recomputed when keys got bits since. */
function keyBitsOf(g: TermGroup): Int32Array {
  let entry = groupBits.get(g);
  if (!entry || entry.known !== keyBit.size) {
    const mask = new Int32Array(BIT_WORDS);
    // Exclusion terms count for no key: read here once, not per hit.
    if (g.role !== 'exclusion') {
      for (const k of keysOf(g)) {
        const b = keyBit.get(k);
        if (b !== undefined) setBit(mask, b);
      }
    }
    groupBits.set(g, entry = { known: keyBit.size, pairs: packed(mask) });
  }
  return entry.pairs;
}

/** Bits of the finding kinds (key "k:<kind>"), -1 for none; rebuilt when keys got bits since. */
const kindBits = new Map<string, number>();
let kindBitsKnown = -1;
function kindBitOf(kind: string): number {
  if (kindBitsKnown !== keyBit.size) {
    kindBits.clear();
    kindBitsKnown = keyBit.size;
  }
  let b = kindBits.get(kind);
  if (b === undefined) kindBits.set(kind, b = keyBit.get(`k:${kind}`) ?? -1);
  return b;
}

const setBit = (bits: Int32Array, b: number): void => { bits[b >>> 5]! |= 1 << (b & 31); };

/**
 * The presence bits of a listing's findings: a bit per finding kind present, and the keys of
 * every term hit that counts (not suppressed by a context rule, not an exclusion term). Valid
 * until the next call. Read from the findings as they are: no index by kind is built, because
 * most listings need none (no rule passes the pre-check).
 */
export function presenceOf(findings: readonly Finding[]): PresenceBits {
  // One array reused by every call (evaluation is synchronous and reads it at once): a typed
  // array per listing was a measurable share of the allocations of a listing without findings.
  const bits = scratchBits;
  for (let w = 0; w < BIT_WORDS; w++) bits[w] = 0;
  let terms = false;
  let lastKind = '';
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.kind === 'term') {
      terms = true;
      const h = f.hit;
      const g = h.ref.group;
      if (h.suppressedBy) continue;
      const pairs = keyBitsOf(g); // none for an exclusion term
      for (let k = 0; k < pairs.length; k += 2) bits[pairs[k]!]! |= pairs[k + 1]!;
    } else if (f.kind !== lastKind) {
      // Findings of one kind come together: one lookup per run of them.
      lastKind = f.kind;
      const b = kindBitOf(f.kind);
      if (b >= 0) setBit(bits, b);
    }
  }
  if (terms) {
    const b = kindBitOf('term');
    if (b >= 0) setBit(bits, b);
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

/**
 * The rules of a set worth a mayHold() for given presence bits, without a loop over the rules:
 * each rule is filed under the bits of one of its clauses (its key clause, the one with fewest
 * bits), and a listing's candidates are the rules filed under its set bits, in rule order. A rule
 * whose key clause is not met cannot pass mayHold(); a rule without clauses is always a
 * candidate. Most listings set no bit any key clause has, and are done after a few word tests.
 */
export class PreCheck {
  /** rule r is bit (r & 31) of word (r >>> 5) of a rule mask */
  readonly ruleWords: number;
  /** the rule mask filed under each presence bit: bit b is row b (ruleWords words from b * ruleWords) */
  private readonly byBit: Int32Array;
  /** presence bits under which some rule is filed */
  private readonly keyBits = new Int32Array(BIT_WORDS);
  /** rules without clauses */
  private readonly always: Int32Array;
  /** the candidates of the last select(), valid until the next call on this pre-check */
  readonly candidates: Int32Array;

  constructor(rules: readonly Clauses[]) {
    this.ruleWords = Math.max(1, Math.ceil(rules.length / 32));
    this.byBit = new Int32Array(MAX_BITS * this.ruleWords);
    this.always = new Int32Array(this.ruleWords);
    this.candidates = new Int32Array(this.ruleWords);
    for (let r = 0; r < rules.length; r++) {
      const clauses = rules[r]!;
      const rw = r >>> 5;
      const rm = 1 << (r & 31);
      if (clauses.length === 0) { this.always[rw]! |= rm; continue; }
      let key = clauses[0]!;
      for (const c of clauses) if (bitCount(c) < bitCount(key)) key = c;
      for (let k = 0; k < key.length; k += 2) {
        const w = key[k]!;
        this.keyBits[w]! |= key[k + 1]!;
        for (let m = key[k + 1]!; m !== 0; m &= m - 1) this.byBit[((w << 5) + lowBit(m)) * this.ruleWords + rw]! |= rm;
      }
    }
  }

  /** Fills `candidates` with the rules filed under the set bits (and those without clauses); false when there is none. */
  select(bits: PresenceBits): boolean {
    const cand = this.candidates;
    const rw = this.ruleWords;
    let any = 0;
    for (let j = 0; j < rw; j++) any |= cand[j] = this.always[j]!;
    for (let w = 0; w < BIT_WORDS; w++) {
      for (let m = bits[w]! & this.keyBits[w]!; m !== 0; m &= m - 1) {
        const row = ((w << 5) + lowBit(m)) * rw;
        for (let j = 0; j < rw; j++) any |= cand[j] = cand[j]! | this.byBit[row + j]!;
      }
    }
    return any !== 0;
  }
}

/** The index of the lowest set bit of a non-zero 32-bit word. */
export const lowBit = (m: number): number => 31 - Math.clz32(m & -m);

function bitCount(clause: Int32Array): number {
  let n = 0;
  for (let k = 1; k < clause.length; k += 2) for (let m = clause[k]!; m !== 0; m &= m - 1) n++;
  return n;
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
  // The strength narrows the category key (a weak item of a category is common, a strong one is
  // not); without a category it is a clause of its own, as are tags and brand.
  const strength = m.strength ? `|${m.role ?? '*'}|${m.strength}` : undefined;
  const any = m.category ? m.category.map((c) => (strength ? `c:${c}${strength}` : m.role ? `c:${c}|${m.role}` : `c:${c}`))
    : [m.role ? `r:${m.role}` : 'r:item', ...(m.role ? [] : ['r:cue'])];
  const out: Int32Array[] = [];
  const a = clauseOf(any);
  if (a) out.push(a);
  if (m.cue) {
    const q = clauseOf(m.cue.map((c) => `q:${c}`));
    if (q) out.push(q);
  }
  if (m.strength && !m.category) {
    const s = clauseOf([`s:${m.strength}`]);
    if (s) out.push(s);
  }
  if (m.tags) {
    const t = clauseOf(m.tags.map((x) => `t:${x}`));
    if (t) out.push(t);
  }
  if (m.brand === true) {
    const b = clauseOf(['b:brand']);
    if (b) out.push(b);
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
