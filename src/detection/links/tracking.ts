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
  /** lower-case text every URL the pattern matches contains ('' when none is known) */
  literal: string;
  url: RegExp;
  exceptions: RegExp[];
  rules: RegExp[];
  referral: RegExp[];
  redirections: RegExp[];
}

const param = (p: string): RegExp => new RegExp(`^(?:${p})$`, 'i');

export class TrackingRules {
  private readonly providers: CompiledProvider[];

  constructor(providers: readonly TrackingProvider[]) {
    this.providers = providers.flatMap((p) => {
      try {
        return [{
          name: p.name, literal: requiredLiteral(p.urlPattern), url: new RegExp(p.urlPattern, 'i'), exceptions: p.exceptions.map((e) => new RegExp(e, 'i')),
          rules: p.rules.map(param), referral: p.referral.map(param), redirections: p.redirections.map((r) => new RegExp(r, 'i')),
        }];
      } catch {
        return []; // A rule written for another regex dialect is skipped rather than breaking the engine.
      }
    });
  }

  inspect(url: string): TrackingFinding[] {
    let params: string[];
    try {
      params = [...new URL(url).searchParams.keys()];
    } catch {
      return [];
    }
    const out: TrackingFinding[] = [];
    // Nearly every provider pattern names its domain; a URL without that text cannot match, and a
    // substring test is far cheaper than the pattern (two hundred of them per link otherwise).
    const lower = url.toLowerCase();
    for (const p of this.providers) {
      if ((p.literal && !lower.includes(p.literal)) || !p.url.test(url) || p.exceptions.some((e) => e.test(url))) continue;
      const affiliate = params.filter((k) => p.referral.some((r) => r.test(k)));
      const tracking = params.filter((k) => !affiliate.includes(k) && p.rules.some((r) => r.test(k)));
      const redirect = p.redirections.some((r) => r.test(url));
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
