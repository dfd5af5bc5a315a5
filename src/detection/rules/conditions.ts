import type { Finding } from '../signals/findings.js';
import type { ScreenInput } from '../types.js';
import { matchesSignal, spanOf } from './match-signal.js';
import type { Condition, ListingMatch, SignalMatch } from './types.js';

export type FindingIndex = ReadonlyMap<string, readonly Finding[]>;
const NONE: readonly Finding[] = [];

/** Finding kinds present, and keys (category, category and role, cue) of the terms rules may count. */
export interface Presence {
  readonly kinds: FindingIndex;
  readonly termKeys: ReadonlySet<string>;
  /** the same keys as bits (keyBit), for the keys some compiled rule needs; termKeys is filled only when some key has no bit */
  readonly bits: Int32Array;
}

/**
 * A condition turned into functions once per rule set. Walking the condition objects per listing
 * meant a chain of `in` checks on objects of different shapes for every node of every rule.
 */
export interface CompiledCondition {
  /** a necessary condition for holds(): false only when no finding present can satisfy it */
  readonly may: (p: Presence) => boolean;
  /** whether the condition holds; on true the supporting findings are appended to `support` */
  readonly holds: (findings: FindingIndex, input: ScreenInput, support: Finding[]) => boolean;
}

const compiled = new WeakMap<Condition, CompiledCondition>();

export function compileCondition(c: Condition): CompiledCondition {
  let out = compiled.get(c);
  if (!out) {
    out = build(c);
    compiled.set(c, out);
  }
  return out;
}

/** Rules look findings up by kind: most listings have a handful of terms and nothing else. */
export function indexByKind(findings: readonly Finding[]): FindingIndex {
  const index = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = index.get(f.kind);
    if (list) list.push(f); else index.set(f.kind, [f]);
  }
  return index;
}

export function presenceOf(byKind: FindingIndex): Presence {
  const termKeys = new Set<string>();
  const bits = new Int32Array(BIT_WORDS);
  for (const f of byKind.get('term') ?? NONE) {
    if (f.kind === 'term' && !f.hit.suppressedBy && f.hit.ref.group.role !== 'exclusion') {
      const g = f.hit.ref.group;
      if (overflowed) for (const k of keysOf(g)) termKeys.add(k);
      for (const b of keyBitsOf(g)) bits[b >>> 5]! |= 1 << (b & 31);
    }
  }
  return { kinds: byKind, termKeys, bits };
}

/**
 * Presence keys as bit numbers: rule pre-checks test bits rather than look strings up in a Set,
 * for every rule of every listing. A key gets its bit when a compiled rule first needs it; keys
 * no rule needs get none, and a group's bits are recomputed when new keys got bits since.
 */
const keyBit = new Map<string, number>();
const BIT_WORDS = 8;
/** Whether some key found no bit: only then are the keys also collected as strings. */
let overflowed = false;
const MAX_BITS = BIT_WORDS * 32;

/** The bit of a key a rule needs, or -1 when all bits are taken (the rule then checks the Set). */
function bitFor(key: string): number {
  let b = keyBit.get(key);
  if (b === undefined) {
    if (keyBit.size >= MAX_BITS) { overflowed = true; return -1; }
    keyBit.set(key, b = keyBit.size);
  }
  return b;
}

const groupBits = new WeakMap<TermGroup, { known: number; bits: readonly number[] }>();
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

const hasBit = (bits: Int32Array, b: number): boolean => (bits[b >>> 5]! & (1 << (b & 31))) !== 0;

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

const yes = (): boolean => true;

function build(c: Condition): CompiledCondition {
  if ('all' in c) {
    const parts = c.all.map(compileCondition);
    return {
      may: (p) => {
        for (const x of parts) if (!x.may(p)) return false;
        return true;
      },
      holds: (f, input, support) => {
        // Findings of the parts that held are taken back if a later part fails.
        const mark = support.length;
        for (const x of parts) if (!x.holds(f, input, support)) { truncate(support, mark); return false; }
        return true;
      },
    };
  }
  if ('any' in c) {
    const parts = c.any.map(compileCondition);
    return {
      may: (p) => {
        for (const x of parts) if (x.may(p)) return true;
        return false;
      },
      holds: (f, input, support) => {
        // Every part is evaluated: each one that holds contributes its evidence.
        let ok = false;
        for (const x of parts) if (x.holds(f, input, support)) ok = true;
        return ok;
      },
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not);
    return {
      may: yes,
      holds: (f, input, support) => {
        const mark = support.length;
        const held = inner.holds(f, input, support);
        truncate(support, mark);
        return !held;
      },
    };
  }
  if ('has' in c) {
    const m = c.has;
    const need = m.count ?? 1;
    return {
      may: need < 1 ? yes : presentFn(m),
      holds: (f, _input, support) => {
        const mark = support.length;
        for (const x of f.get(m.signal) ?? NONE) if (matchesSignal(x, m)) support.push(x);
        if (support.length - mark >= need) return true;
        truncate(support, mark);
        return false;
      },
    };
  }
  if ('near' in c) {
    const { a: ma, b: mb, chars } = c.near;
    const [pa, pb] = [presentFn(ma), presentFn(mb)];
    return {
      may: (p) => pa(p) && pb(p),
      holds: (f, _input, support) => {
        const as = (f.get(ma.signal) ?? NONE).filter((x) => matchesSignal(x, ma));
        const bs = (f.get(mb.signal) ?? NONE).filter((x) => matchesSignal(x, mb));
        let ok = false;
        for (const a of as) {
          const sa = spanOf(a);
          for (const b of bs) {
            const sb = spanOf(b);
            if (!sa || !sb || a === b || sa.field !== sb.field) continue;
            const gap = sa.start <= sb.start ? sb.start - sa.end : sa.start - sb.end;
            if (gap <= chars) { support.push(a, b); ok = true; }
          }
        }
        return ok;
      },
    };
  }
  const m = c.listing;
  return { may: yes, holds: (_f, input) => listingHolds(m, input) };
}

/** Setting an array's length is a runtime call even when nothing changes: skip it then. */
function truncate(support: Finding[], mark: number): void {
  if (support.length !== mark) support.length = mark;
}

/**
 * A term condition as presence keys: one of `any` must be present (category, with the role when
 * given), and one of `cues` when it names cues. Each is necessary, so together they are too.
 */
interface TermNeed {
  readonly any: readonly string[];
  readonly cues?: readonly string[];
}

function termNeed(m: SignalMatch): TermNeed {
  const any = m.category ? m.category.map((c) => (m.role ? `c:${c}|${m.role}` : `c:${c}`)) : [m.role ? `r:${m.role}` : 'r:item', ...(m.role ? [] : ['r:cue'])];
  return m.cue ? { any, cues: m.cue.map((c) => `q:${c}`) } : { any };
}

function presentFn(m: SignalMatch): (p: Presence) => boolean {
  if (m.signal !== 'term') return (p) => p.kinds.has(m.signal);
  const need = termNeed(m);
  const anyBits = need.any.map(bitFor);
  const cueBits = need.cues?.map(bitFor);
  if (anyBits.includes(-1) || cueBits?.includes(-1)) {
    return (p) => p.kinds.has('term') && hasAny(p.termKeys, need.any) && (need.cues === undefined || hasAny(p.termKeys, need.cues));
  }
  return (p) => hasAnyBit(p.bits, anyBits) && (cueBits === undefined || hasAnyBit(p.bits, cueBits));
}

function hasAnyBit(bits: Int32Array, wanted: readonly number[]): boolean {
  for (const b of wanted) if (hasBit(bits, b)) return true;
  return false;
}

/** A plain loop: some() with a callback allocated a closure per rule and listing. */
function hasAny(keys: ReadonlySet<string>, wanted: readonly string[]): boolean {
  for (const k of wanted) if (keys.has(k)) return true;
  return false;
}

function listingHolds(m: ListingMatch, input: ScreenInput): boolean {
  if (m.categoryContains && !m.categoryContains.some((s) => (input.category ?? '').toLowerCase().includes(s.toLowerCase()))) return false;
  if (m.maxPrice !== undefined && !(typeof input.price === 'number' && input.price <= m.maxPrice)) return false;
  if (m.minPrice !== undefined && !(typeof input.price === 'number' && input.price >= m.minPrice)) return false;
  if (m.language && !m.language.includes((input.language ?? '').toLowerCase())) return false;
  return true;
}
