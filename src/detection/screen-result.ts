import type { ScreenSignal } from '../core/detection/screening.js';
import type { TextField } from './collect-text.js';
import type { LoadedGroup } from './lexicons/compile.js';
import { type NormalizedText, transformsIn } from './normalize/normalize.js';
import type { AppliedTransform } from './normalize/transforms.js';
import type { RuleOutcome } from './rules/evaluate.js';
import { spanOf } from './rules/match-signal.js';
import type { Finding } from './signals/findings.js';
import type { ImageHashMatch } from './types.js';

/** Turns the findings that made a rule fire into explained signals pointing at the original text. */
/** At most this many findings explain one rule: the tenth brand mention adds nothing for a reviewer. */
export const MAX_SIGNALS_PER_RULE = 12;

/**
 * Signals for one fired rule. A finding that supports several rules is explained once (the cache)
 * and copied per rule, because building the transform list is the costly part.
 */
export function explain(outcome: RuleOutcome, fields: ReadonlyMap<string, TextField>, normalized: ReadonlyMap<string, NormalizedText>,
  cache: Map<Finding, ScreenSignal> = new Map()): ScreenSignal[] {
  // One word listed by several sources is several findings but one piece of evidence. A rule has
  // a handful of supporting findings: comparing spans pairwise beats building a string key each.
  const unique = outcome.support.length <= 16 ? uniqueFew(outcome.support) : uniqueMany(outcome.support);
  const n = Math.min(unique.length, MAX_SIGNALS_PER_RULE);
  const out: ScreenSignal[] = [];
  for (let i = 0; i < n; i++) {
    const f = unique[i]!;
    let base = cache.get(f);
    if (!base) {
      base = signalOf(f, outcome.rule.id, outcome.rule.category, fields, normalized);
      cache.set(f, base);
    }
    out.push(base.rule === outcome.rule.id ? base : forRule(base, outcome.rule.id, f.kind === 'term' || f.kind === 'image_hash' ? base.category : outcome.rule.category));
  }
  return out;
}

/**
 * A signal explained for another rule: the same fields in the same order, with the rule and the
 * category replaced. Written out rather than spread: a spread of signals of several shapes is
 * V8's generic copy. Every signal has its fields in the order below (signalOf builds them so).
 */
function forRule(base: ScreenSignal, rule: string, category: string | null): ScreenSignal {
  const s: ScreenSignal = { rule, transforms: base.transforms, kind: base.kind, category, evidence: base.evidence, span: base.span };
  if (base.term !== undefined) s.term = base.term;
  if (base.source !== undefined) s.source = base.source;
  if (base.detail !== undefined) s.detail = base.detail;
  return s;
}

// Every signal is a literal with its fields in one order (rule, transforms, kind, category,
// evidence, span, then term, source, detail where present), not a spread of a shared base: the
// spread form was V8's generic copy, and forRule() relies on the order.
function signalOf(f: Finding, rule: string, ruleCategory: string, fields: ReadonlyMap<string, TextField>, normalized: ReadonlyMap<string, NormalizedText>): ScreenSignal {
  switch (f.kind) {
    case 'term': {
      const h = f.hit;
      const g = h.ref.group;
      const norm = normalized.get(h.field);
      const evidence = sliceOf(fields, h.field, h.start, h.end);
      const transforms = norm && h.normStart >= 0 ? withHomoglyphs(transformsIn(norm, h.normStart, h.normEnd), evidence, h.ref.term, h.start, h.end) : [];
      // Built field by field in the order the spread form produced: conditional spreads in the
      // middle of a literal take V8's slow copy path, and terms are most of what is explained.
      const detail: NonNullable<ScreenSignal['detail']> = { role: g.role, strength: g.strength, sorCategory: g.sor.category, sorKeyword: g.sor.keyword };
      if (g.cue) detail.cue = g.cue;
      if (g.brand) detail.brand = g.brand;
      if (g.tags) detail.tags = g.tags;
      return {
        rule, transforms, kind: g.role === 'item' ? 'term' : 'cue', category: g.category, evidence,
        span: { field: h.field, start: h.start, end: h.end }, term: h.ref.term, source: sourceOf(g), detail,
      };
    }
    case 'link': {
      const l = f.link;
      const d = l.domain;
      const detail: NonNullable<ScreenSignal['detail']> = { url: l.url, domain: d.domain, host: d.host, own: d.own, shortener: d.shortener, email: l.email };
      if (d.messenger) detail.messenger = d.messenger;
      if (d.blocklists.length) detail.blocklists = d.blocklists;
      if (l.tracking.length) {
        detail.affiliateParams = l.tracking.flatMap((t) => t.affiliate);
        detail.trackingParams = l.tracking.flatMap((t) => t.tracking);
      }
      return {
        rule, transforms: l.obfuscated ? [{ kind: 'obfuscated_link', start: l.start, end: l.end }] : [], kind: 'link', category: ruleCategory, evidence: l.raw,
        span: { field: l.field, start: l.start, end: l.end }, detail,
      };
    }
    case 'contact': {
      const detail: NonNullable<ScreenSignal['detail']> = { contact: f.contact.kind, value: f.contact.value };
      if (f.contact.messenger) detail.messenger = f.contact.messenger;
      return { rule, transforms: [], kind: 'contact', category: ruleCategory, evidence: sliceOf(fields, f.contact.field, f.contact.start, f.contact.end),
        span: { field: f.contact.field, start: f.contact.start, end: f.contact.end }, detail };
    }
    case 'price':
      return { rule, transforms: [], kind: 'price', category: ruleCategory, evidence: `${f.priceEur.toFixed(2)} EUR for ${f.brand} (reference ${f.referenceEur} EUR)`, span: null,
        detail: { brand: f.brand, priceEur: round(f.priceEur), referenceEur: f.referenceEur, ratio: round(f.ratio) } };
    case 'generic_title':
      return { rule, transforms: [], kind: 'generic_title', category: ruleCategory, evidence: f.title, span: { field: 'title', start: 0, end: f.title.length } };
    case 'trader':
      return { rule, transforms: [], kind: 'trader', category: ruleCategory, evidence: `trader registered ${f.ageDays} days ago`, span: null, detail: { ageDays: f.ageDays } };
    case 'relist':
      return { rule, transforms: [], kind: 'relist', category: ruleCategory, evidence: `similar to removed listing ${f.removedId}`, span: null, detail: { removedId: f.removedId, similarity: round(f.similarity) } };
    case 'image_hash':
      return { rule, transforms: [], kind: 'image_hash', category: f.match.category, evidence: `image ${f.image} matches ${f.match.label}`, span: null,
        detail: imageHashDetail(f.match) };
    case 'image_brand':
      return { rule, transforms: [], kind: 'image_brand', category: ruleCategory, evidence: `image ${f.image} shows ${f.brand}`, span: null, detail: { brand: f.brand, inText: f.inText } };
    case 'buyer_reports':
      return { rule, transforms: [], kind: 'buyer_reports', category: ruleCategory, evidence: `${f.notAsDescribed} "not as described" reports`, span: null, detail: { count: f.notAsDescribed, rate: round(f.rate) } };
    case 'third_party':
      return { rule, transforms: [], kind: 'third_party', category: ruleCategory, evidence: `${f.verdict.source}: ${f.verdict.verdict}`, span: null, detail: { source: f.verdict.source, verdict: f.verdict.verdict } };
    case 'safety_gate':
      return { rule, transforms: [], kind: 'safety_gate', category: ruleCategory, evidence: `Safety Gate alert ${f.alert.id}: ${f.alert.brand} ${f.alert.model}`.trim(), span: null,
        detail: { alert: f.alert.id, via: f.via, risk: f.alert.risk } };
    case 'truncated':
      return { rule, transforms: [], kind: 'truncated', category: null, evidence: `${f.field} cut at ${f.length} characters`, span: null };
  }
}

function uniqueFew(support: readonly Finding[]): Finding[] {
  const unique: Finding[] = [];
  const spans: ({ field: string; start: number; end: number } | undefined)[] = [];
  for (const f of support) {
    const span = spanOf(f);
    let dup = false;
    if (span) for (let k = 0; k < unique.length && !dup; k++) dup = unique[k]!.kind === f.kind && sameSpan(spans[k], span);
    if (dup) continue;
    unique.push(f);
    spans.push(span);
  }
  return unique;
}

function uniqueMany(support: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return support.filter((f) => {
    const span = spanOf(f);
    const key = span ? `${f.kind}|${span.field}|${span.start}|${span.end}` : `${f.kind}|${seen.size}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const sameSpan = (a: { field: string; start: number; end: number } | undefined, b: { field: string; start: number; end: number }): boolean =>
  a !== undefined && a.start === b.start && a.end === b.end && a.field === b.field;

// Module-level helpers, not closures per call: under the project's TypeScript runner every named
// inner function costs a property definition when it is created, and signalOf runs per finding.
const sliceOf = (fields: ReadonlyMap<string, TextField>, field: string, start: number, end: number): string =>
  fields.get(field)?.text.slice(start, end) ?? '';
const letters = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
const round = (x: number): number => Math.round(x * 1000) / 1000;
const sourceOf = (g: LoadedGroup): string => `${g.file} (${g.licence})`;

/** "VlAGRA" differs from "viagra" only by l/I, which the flags do not show: name it a homoglyph. */
function withHomoglyphs(transforms: AppliedTransform[], evidence: string, term: string, start: number, end: number): AppliedTransform[] {
  if (transforms.length > 0 || evidence.toLowerCase() === term.toLowerCase()) return transforms;
  return letters(evidence) !== letters(term) && letters(evidence).length === letters(term).length
    ? [{ kind: 'homoglyph', start, end }] : transforms;
}

/** Image-hash evidence; a relisting match also names the removed listing and the hash it matched (RO-6). */
function imageHashDetail(m: ImageHashMatch): Record<string, string | number> {
  const detail: Record<string, string | number> = { label: m.label, distance: m.distance, source: m.source };
  if (m.removedListingId !== undefined) detail.removedListingId = m.removedListingId;
  if (m.hash !== undefined) detail.hash = m.hash;
  return detail;
}
