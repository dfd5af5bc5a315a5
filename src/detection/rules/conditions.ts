import type { Finding } from '../signals/findings.js';
import type { ScreenInput } from '../types.js';
import { matchesSignal, spanOf, termMatches } from './match-signal.js';
import { type Clauses, mayClauses } from './presence.js';
import type { Condition, ListingMatch, SignalMatch } from './types.js';

type TermFinding = Extract<Finding, { kind: 'term' }>;

/** The findings of a listing as rule conditions look them up. */
export interface FindingIndex {
  /** findings by kind */
  readonly byKind: ReadonlyMap<string, readonly Finding[]>;
  /**
   * The term findings that can match a condition (not suppressed, not exclusion terms), in order:
   * sorted out once per listing rather than once per term and condition (a listing that passes
   * the pre-check often has many terms).
   */
  readonly terms: readonly TermFinding[];
}

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
  const byKind = new Map<string, Finding[]>();
  const terms: TermFinding[] = [];
  for (const f of findings) {
    const list = byKind.get(f.kind);
    if (list) list.push(f); else byKind.set(f.kind, [f]);
    if (f.kind === 'term' && !f.hit.suppressedBy) {
      if (f.hit.ref.group.role !== 'exclusion') terms.push(f);
    }
  }
  return { byKind, terms };
}

/** The findings that match a signal condition, in order (matchesSignal over the findings of its kind). */
function matching(f: FindingIndex, m: SignalMatch): Finding[] {
  const out: Finding[] = [];
  if (m.signal === 'term') {
    for (const t of f.terms) if (termMatches(t.hit.ref.group, t.hit.field, m)) out.push(t);
  } else {
    for (const x of f.byKind.get(m.signal) ?? NONE) if (matchesSignal(x, m)) out.push(x);
  }
  return out;
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
    if (m.signal === 'term') {
      return (f, _input, support) => {
        const mark = support.length;
        for (const t of f.terms) if (termMatches(t.hit.ref.group, t.hit.field, m)) support.push(t);
        if (support.length - mark >= need) return true;
        truncate(support, mark);
        return false;
      };
    }
    return (f, _input, support) => {
      const mark = support.length;
      for (const x of f.byKind.get(m.signal) ?? NONE) if (matchesSignal(x, m)) support.push(x);
      if (support.length - mark >= need) return true;
      truncate(support, mark);
      return false;
    };
  }
  if ('near' in c) {
    const { a: ma, b: mb, chars } = c.near;
    return (f, _input, support) => {
      const as = matching(f, ma);
      const bs = matching(f, mb);
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
