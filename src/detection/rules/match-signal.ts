import type { Finding } from '../signals/findings.js';
import type { SignalMatch } from './types.js';

const anyOf = <T>(wanted: readonly T[] | undefined, actual: T | undefined): boolean =>
  wanted === undefined || (actual !== undefined && wanted.includes(actual));

/** Does one finding satisfy one signal condition of a rule? */
export function matchesSignal(f: Finding, m: SignalMatch): boolean {
  if (f.kind !== m.signal) return false;
  switch (f.kind) {
    case 'term': {
      if (f.hit.suppressedBy) return false;
      const g = f.hit.ref.group;
      return g.role !== 'exclusion' && termMatches(g, f.hit.field, m);
    }
    case 'link': {
      const l = f.link;
      return (m.external === undefined || m.external === !l.domain.own)
        && (m.shortener === undefined || m.shortener === l.domain.shortener)
        && (m.blocklist === undefined || l.domain.blocklists.some((b) => m.blocklist!.includes(b)))
        && (m.messenger === undefined || m.messenger === (l.domain.messenger !== undefined))
        && (m.affiliate === undefined || m.affiliate === l.tracking.some((t) => t.affiliate.length > 0 || t.redirect))
        && (m.obfuscated === undefined || m.obfuscated === l.obfuscated)
        && (m.email === undefined || m.email === l.email)
        && (m.fields === undefined || inFieldGroups(m.fields, l.field));
    }
    case 'contact':
      return anyOf(m.contact, f.contact.kind) && (m.fields === undefined || inFieldGroups(m.fields, f.contact.field))
        && (m.messenger === undefined || m.messenger === (f.contact.messenger !== undefined));
    case 'price':
      return m.maxRatio === undefined || f.ratio <= m.maxRatio;
    case 'trader':
      return m.maxAgeDays === undefined || f.ageDays <= m.maxAgeDays;
    case 'relist':
      return m.minSimilarity === undefined || f.similarity >= m.minSimilarity;
    case 'image_hash':
      return anyOf(m.category, f.match.category) && (m.maxDistance === undefined || f.match.distance <= m.maxDistance);
    case 'image_brand':
      return m.inText === undefined || m.inText === f.inText;
    case 'buyer_reports':
      return (m.minCount === undefined || f.notAsDescribed >= m.minCount) && (m.minRate === undefined || f.rate >= m.minRate);
    case 'third_party':
      return anyOf(m.verdict, f.verdict.verdict) && (m.minConfidence === undefined || (f.verdict.confidence ?? 1) >= m.minConfidence);
    default:
      return true;
  }
}

/**
 * Whether the family of a field is one of `groups`: "images.2.ocr" is an image field; rules name
 * the family of fields (title, description, images…). Compared in place, without a split.
 */
function inFieldGroups(groups: readonly string[], field: string): boolean {
  const dot = field.indexOf('.');
  const len = dot < 0 ? field.length : dot;
  for (const g of groups) if (g.length === len && field.startsWith(g)) return true;
  return false;
}

function sharesOne(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

type TermGroup = Extract<Finding, { kind: 'term' }>['hit']['ref']['group'];

/**
 * Whether a term that counts (not suppressed, not an exclusion) of this lexicon group, found in
 * this field, satisfies a term signal condition. Runs for every term against every signal
 * condition: no allocation on this path.
 */
export function termMatches(g: TermGroup, field: string, m: SignalMatch): boolean {
  return anyOf(m.category, g.category) && (m.role === undefined || m.role === g.role)
    && anyOf(m.cue, g.cue) && (m.strength === undefined || m.strength === g.strength)
    && (m.tags === undefined || (g.tags !== undefined && sharesOne(g.tags, m.tags)))
    && (m.brand === undefined || m.brand === (g.brand !== undefined))
    && (m.fields === undefined || inFieldGroups(m.fields, field));
}

/** Original-text range of a finding, when it has one. */
export function spanOf(f: Finding): { field: string; start: number; end: number } | undefined {
  if (f.kind === 'term') return { field: f.hit.field, start: f.hit.start, end: f.hit.end };
  if (f.kind === 'link') return { field: f.link.field, start: f.link.start, end: f.link.end };
  if (f.kind === 'contact') return { field: f.contact.field, start: f.contact.start, end: f.contact.end };
  return undefined;
}
