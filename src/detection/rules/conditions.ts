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
  for (const f of byKind.get('term') ?? NONE) {
    if (f.kind === 'term' && !f.hit.suppressedBy && f.hit.ref.group.role !== 'exclusion') for (const k of keysOf(f.hit.ref.group)) termKeys.add(k);
  }
  return { kinds: byKind, termKeys };
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
  return (p) => {
    if (!p.kinds.has('term')) return false;
    const keys = p.termKeys;
    if (!need.any.some((k) => keys.has(k))) return false;
    return need.cues === undefined || need.cues.some((k) => keys.has(k));
  };
}

function listingHolds(m: ListingMatch, input: ScreenInput): boolean {
  if (m.categoryContains && !m.categoryContains.some((s) => (input.category ?? '').toLowerCase().includes(s.toLowerCase()))) return false;
  if (m.maxPrice !== undefined && !(typeof input.price === 'number' && input.price <= m.maxPrice)) return false;
  if (m.minPrice !== undefined && !(typeof input.price === 'number' && input.price >= m.minPrice)) return false;
  if (m.language && !m.language.includes((input.language ?? '').toLowerCase())) return false;
  return true;
}
