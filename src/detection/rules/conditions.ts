import type { Finding } from '../signals/findings.js';
import type { ScreenInput } from '../types.js';
import { matchesSignal, spanOf } from './match-signal.js';
import { type Clauses, type FindingIndex, mayClauses } from './presence.js';
import type { Condition, ListingMatch } from './types.js';

export type { FindingIndex } from './presence.js';

const NONE: readonly Finding[] = [];

/**
 * A condition turned into functions once per rule set. Walking the condition objects per listing
 * meant a chain of `in` checks on objects of different shapes for every node of every rule.
 */
export interface CompiledCondition {
  /** a necessary condition for holds() over the presence bits (presence.ts) */
  readonly may: Clauses;
  /** whether the condition holds; on true the supporting findings are appended to `support` */
  readonly holds: (findings: FindingIndex, input: ScreenInput, support: Finding[]) => boolean;
}

const compiled = new WeakMap<Condition, CompiledCondition>();

export function compileCondition(c: Condition): CompiledCondition {
  let out = compiled.get(c);
  if (!out) {
    out = { holds: build(c), may: mayClauses(c) };
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

type Holds = CompiledCondition['holds'];

function build(c: Condition): Holds {
  if ('all' in c) {
    const parts = c.all.map(compileCondition);
    return (f, input, support) => {
      // Findings of the parts that held are taken back if a later part fails.
      const mark = support.length;
      for (const x of parts) if (!x.holds(f, input, support)) { truncate(support, mark); return false; }
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(compileCondition);
    return (f, input, support) => {
      // Every part is evaluated: each one that holds contributes its evidence.
      let ok = false;
      for (const x of parts) if (x.holds(f, input, support)) ok = true;
      return ok;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not);
    return (f, input, support) => {
      const mark = support.length;
      const held = inner.holds(f, input, support);
      truncate(support, mark);
      return !held;
    };
  }
  if ('has' in c) {
    const m = c.has;
    const need = m.count ?? 1;
    return (f, _input, support) => {
      const mark = support.length;
      for (const x of f.get(m.signal) ?? NONE) if (matchesSignal(x, m)) support.push(x);
      if (support.length - mark >= need) return true;
      truncate(support, mark);
      return false;
    };
  }
  if ('near' in c) {
    const { a: ma, b: mb, chars } = c.near;
    return (f, _input, support) => {
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
    };
  }
  const m = c.listing;
  return (_f, input) => listingHolds(m, input);
}

/** Setting an array's length is a runtime call even when nothing changes: skip it then. */
function truncate(support: Finding[], mark: number): void {
  if (support.length !== mark) support.length = mark;
}

function listingHolds(m: ListingMatch, input: ScreenInput): boolean {
  if (m.categoryContains && !m.categoryContains.some((s) => (input.category ?? '').toLowerCase().includes(s.toLowerCase()))) return false;
  if (m.maxPrice !== undefined && !(typeof input.price === 'number' && input.price <= m.maxPrice)) return false;
  if (m.minPrice !== undefined && !(typeof input.price === 'number' && input.price >= m.minPrice)) return false;
  if (m.language && !m.language.includes((input.language ?? '').toLowerCase())) return false;
  return true;
}
