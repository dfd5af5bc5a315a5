/** ClearURLs rules (data/lexicons/tracking.json): which query parameters track or pay an affiliate. */
export interface TrackingProvider {
  name: string;
  urlPattern: string;
  rules: string[];
  referral: string[];
  redirections: string[];
  exceptions: string[];
}

export interface TrackingFinding {
  provider: string;
  tracking: string[];
  affiliate: string[];
  redirect: boolean;
}

interface CompiledProvider {
  name: string;
  /** the literal (id in the literal index) every URL the pattern matches contains */
  literal: number;
  url: RegExp;
  /** each exception with the literal every URL it matches contains */
  exceptions: { literal: number; test: RegExp }[];
  /**
   * Each list as one expression, `^(?:(?:a)|(?:b)|…)$` for parameter names and `(?:a)|(?:b)|…`
   * for redirections, or null when empty: one test per parameter instead of one per rule (the
   * global rules have 48, tested for every parameter of every link). An alternation matches
   * exactly when one of its alternatives does; a list with a back-reference or a named group,
   * whose numbering joining could change, keeps its single tests.
   */
  rules: Test;
  referral: Test;
  redirections: Test;
}

/** A list of expressions joined into one, or kept apart when joining could change a match. */
type Test = RegExp | readonly RegExp[] | null;

const param = (p: string): RegExp => new RegExp(`^(?:${p})$`, 'i');
const regex = (s: string): RegExp => new RegExp(s, 'i');

const NUMBERED = /\\[1-9]|\(\?</;

function combine(sources: readonly string[], compile: (s: string) => RegExp, anchored: boolean): Test {
  const each = sources.map(compile); // throws for an expression of another dialect, as before
  if (each.length === 0) return null;
  if (each.length === 1) return each[0]!;
  if (sources.some((s) => NUMBERED.test(s))) return each;
  const body = sources.map((s) => `(?:${s})`).join('|');
  try {
    return new RegExp(anchored ? `^(?:${body})$` : body, 'i');
  } catch {
    return each;
  }
}

function test(t: Test, s: string): boolean {
  if (t === null) return false;
  if (t instanceof RegExp) return t.test(s);
  for (const r of t) if (r.test(s)) return true;
  return false;
}

/** Buckets of the literal index (a power of two): few enough to stay in cache, enough to keep lists short. */
const BUCKETS = 4096;

/** Bucket of the three characters at `i` (their hash; a collision only costs a comparison). */
const bucket = (s: string, i: number): number => ((s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & (BUCKETS - 1));

/**
 * The literals the URL and exception patterns require, found in a URL in one pass: indexed by a
 * hash of their first three characters, so the URL is read once instead of once per pattern (two
 * hundred providers, and the global rules' 48 exceptions at about 60 ns per expression test).
 */
class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private readonly literals: string[] = [];
  /** literals shorter than three characters ('' when a pattern requires none) */
  private readonly short: number[] = [];
  /** literal ids by bucket: those of bucket b are entries[starts[b]] to entries[starts[b + 1]] */
  private starts = new Int32Array(BUCKETS + 1);
  private entries = new Int32Array(0);

  add(literal: string): number {
    let id = this.ids.get(literal);
    if (id !== undefined) return id;
    id = this.literals.length;
    this.ids.set(literal, id);
    this.literals.push(literal);
    if (literal.length < 3) this.short.push(id);
    return id;
  }

  get size(): number {
    return this.literals.length;
  }

  /** Builds the buckets; call once after the last `add`. */
  build(): void {
    const counts = new Int32Array(BUCKETS + 1);
    for (const l of this.literals) if (l.length >= 3) counts[bucket(l, 0) + 1]!++;
    for (let b = 0; b < BUCKETS; b++) counts[b + 1]! += counts[b]!;
    this.starts = counts.slice();
    this.entries = new Int32Array(counts[BUCKETS]!);
    this.literals.forEach((l, id) => {
      if (l.length >= 3) this.entries[counts[bucket(l, 0)]!++] = id;
    });
  }

  /** Sets `found[id] = stamp` and pushes `id` onto `hits` for every literal `lower` contains. */
  mark(lower: string, found: Int32Array, stamp: number, hits: number[]): void {
    for (const id of this.short) {
      if (lower.includes(this.literals[id]!)) { found[id] = stamp; hits.push(id); }
    }
    const { starts, entries, literals } = this;
    const last = lower.length - 3;
    for (let i = 0; i <= last; i++) {
      const b = bucket(lower, i);
      for (let k = starts[b]!, end = starts[b + 1]!; k < end; k++) {
        const id = entries[k]!;
        if (found[id] !== stamp && lower.startsWith(literals[id]!, i)) { found[id] = stamp; hits.push(id); }
      }
    }
  }
}

const ascending = (a: number, b: number): number => a - b;

export class TrackingRules {
  private readonly providers: CompiledProvider[];
  private readonly literals = new LiteralIndex();
  /** provider indexes by the id of the literal their URL pattern requires, in provider order */
  private readonly byLiteral: number[][];
  /** per literal, the stamp of the last URL that contains it */
  private readonly found: Int32Array;
  private stamp = 0;

  constructor(providers: readonly TrackingProvider[]) {
    this.providers = providers.flatMap((p) => {
      try {
        return [{
          name: p.name, literal: this.literals.add(requiredLiteral(p.urlPattern)), url: regex(p.urlPattern),
          exceptions: p.exceptions.map((e) => ({ literal: this.literals.add(requiredLiteral(e)), test: regex(e) })),
          rules: combine(p.rules, param, true), referral: combine(p.referral, param, true), redirections: combine(p.redirections, regex, false),
        }];
      } catch {
        return []; // A rule written for another regex dialect is skipped rather than breaking the engine.
      }
    });
    this.literals.build();
    this.byLiteral = Array.from({ length: this.literals.size }, (): number[] => []);
    this.providers.forEach((p, i) => this.byLiteral[p.literal]!.push(i));
    this.found = new Int32Array(this.literals.size);
  }

  /** `parsed`: the same URL already parsed by the caller, so it is not parsed twice. */
  inspect(url: string, parsed?: URL): TrackingFinding[] {
    let params: string[];
    try {
      const u = parsed ?? new URL(url);
      // No query, no parameters: creating URLSearchParams costs more than the rest for most links.
      params = u.search === '' ? [] : [...u.searchParams.keys()];
    } catch {
      return [];
    }
    // Only the providers and exceptions whose required literal the URL contains are tested: a URL
    // without it cannot match (the patterns are case-insensitive without the `u` flag, so a
    // lower-case substring test cannot miss a match).
    if (this.stamp === 0x7fffffff) { this.found.fill(0); this.stamp = 0; }
    const stamp = ++this.stamp;
    const found = this.found;
    const hits: number[] = [];
    this.literals.mark(url.toLowerCase(), found, stamp, hits);
    const candidates: number[] = [];
    for (const id of hits) for (const i of this.byLiteral[id]!) candidates.push(i);
    if (candidates.length > 1) candidates.sort(ascending);
    const out: TrackingFinding[] = [];
    for (const i of candidates) {
      const p = this.providers[i]!;
      if (!p.url.test(url)) continue;
      let excepted = false;
      for (const e of p.exceptions) if (found[e.literal] === stamp && e.test.test(url)) { excepted = true; break; }
      if (excepted) continue;
      const affiliate = p.referral === null || params.length === 0 ? [] : params.filter((k) => test(p.referral, k));
      const tracking = p.rules === null || params.length === 0 ? [] : params.filter((k) => !affiliate.includes(k) && test(p.rules, k));
      const redirect = test(p.redirections, url);
      if (affiliate.length || tracking.length || redirect) out.push({ provider: p.name, tracking, affiliate, redirect });
    }
    return out;
  }
}

/**
 * The longest run of literal characters outside any group in a ClearURLs pattern (e.g. "amazon" in
 * `^https?:\/\/(?:[a-z0-9-]+\.)*?amazon(?:\.[a-z]{2,}){1,}`), lower-cased: every string the
 * pattern matches contains it. Conservative: an alternation outside groups gives '', a quantified
 * character is dropped, and only letters, digits and escaped punctuation count as literals.
 * Patterns are compiled with the 'i' flag but not 'u', so no character outside ASCII matches an
 * ASCII literal and a lower-case substring test cannot miss a match.
 */
export function requiredLiteral(pattern: string): string {
  let best = '';
  let run = '';
  let depth = 0;
  const endRun = (): void => {
    if (run.length >= best.length) best = run; // on a tie the later run, usually the domain rather than "http"
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      i++;
      if (depth === 0 && /[./\-?=&_:]/.test(next)) {
        if (isQuantifier(pattern[i + 1])) endRun();
        else run += next;
      } else if (depth === 0) endRun();
      continue;
    }
    if (c === '[') {
      // A character class: skip to its end (escapes included) so a "(" inside does not count.
      if (depth === 0) endRun();
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') { if (depth === 0) endRun(); depth++; continue; }
    if (c === ')') { depth--; continue; }
    if (depth > 0) continue;
    if (c === '|') return '';
    if (/[a-zA-Z0-9-]/.test(c) && !isQuantifier(pattern[i + 1])) run += c.toLowerCase();
    else endRun();
  }
  endRun();
  return depth === 0 ? best : '';
}

const isQuantifier = (c: string | undefined): boolean => c === '?' || c === '*' || c === '+' || c === '{';
