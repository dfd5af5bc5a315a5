import { type FiredRule, type ScreenResult, type ScreenSignal, type ScreenVerdict, VERDICT_RANK } from '../core/detection/screening.js';
import { analyseOther, type OtherContext } from './collect-other.js';
import { analyseText, type TextField } from './collect-text.js';
import { type DetectionEngine, FIELD_LIMITS } from './engine.js';
import { type EvaluateOptions, evaluateRules, type RuleOutcome } from './rules/evaluate.js';
import type { PrecisionStats } from './rules/precision.js';
import type { Finding } from './signals/findings.js';
import { explain } from './screen-result.js';
import type { ScreenInput } from './types.js';

export interface ScreenContext extends OtherContext {
  /** measured precision per rule (the service's feedback loop); without it rule files decide autoAct */
  precision?: ReadonlyMap<string, PrecisionStats>;
  /** pipeline parts that are down (e.g. "images", "link_resolver"): closed-failing families go to review */
  unavailable?: readonly string[];
}

/**
 * Screens one listing: normalises every text field, matches lexicons and patterns, finds links and
 * contacts, adds price, trader, image, buyer and third-party signals, and evaluates the rules.
 * Pure: the same input, engine and context always give the same result (DET-1).
 */
export function screen(input: ScreenInput, engine: DetectionEngine, ctx: ScreenContext = {}): ScreenResult {
  const truncated: Finding[] = [];
  const fields = textFields(input, truncated);
  const { findings, normalized } = analyseText(engine, fields, input.language, input.memberState);
  // Plain loops: spreading arrays into push() is a generic slow path, once per listing.
  for (const f of analyseOther(engine, input, findings, normalized, ctx)) findings.push(f);
  for (const t of truncated) findings.push(t);
  // No conditional spread: inside a literal it takes V8's slow copy path, once per listing.
  const options: EvaluateOptions = { memberState: input.memberState };
  if (ctx.precision) options.precision = ctx.precision;
  const outcomes = evaluateRules(engine.rules, findings, input, options);
  const degraded = ctx.unavailable ? [...ctx.unavailable] : [];
  // Most listings fire no rule: their result needs none of the explanation machinery below.
  if (outcomes.length === 0 && truncated.length === 0) return allowed(input, engine, degraded);
  // Plain loops below: the filter/map/flatMap callbacks were a visible share of a listing that fires.
  const acting: RuleOutcome[] = [];
  const shadow: FiredRule[] = [];
  for (const o of outcomes) if (o.fired.shadow) shadow.push(o.fired); else acting.push(o);
  const byField = new Map<string, TextField>();
  for (const f of fields) byField.set(f.field, f);

  let verdict: ScreenVerdict = 'allow';
  for (const o of acting) if (VERDICT_RANK[o.fired.action] > VERDICT_RANK[verdict]) verdict = o.fired.action;
  if (degraded.length && engine.rules.families.some((f) => f.failMode === 'closed') && VERDICT_RANK[verdict] < VERDICT_RANK.review) verdict = 'review';

  const cache = new Map<Finding, ScreenSignal>();
  const explained: ScreenSignal[] = [];
  for (const o of acting) for (const s of explain(o, byField, normalized, cache)) explained.push(s);
  const signals = dedupe(explained);
  for (const t of truncated) if (t.kind === 'truncated') signals.push({ kind: 'truncated', rule: 'engine', category: null, evidence: `${t.field} cut at ${t.length} characters`, span: null, transforms: [] });
  const rules: FiredRule[] = [];
  const scores: number[] = [];
  for (const o of acting) { rules.push(o.fired); scores.push(o.fired.score); }
  rules.sort(bySeverity);
  const categories: string[] = [];
  for (const r of rules) if (r.action !== 'allow' && !categories.includes(r.category)) categories.push(r.category);
  return {
    id: input.id,
    verdict,
    score: noisyOr(scores),
    categories,
    signals,
    rules,
    shadow,
    degraded,
    versions: versionsOf(engine),
  };
}

/** The result when no rule fired: the same fields, in the same order, as the general path. */
function allowed(input: ScreenInput, engine: DetectionEngine, degraded: string[]): ScreenResult {
  const closed = degraded.length > 0 && engine.rules.families.some((f) => f.failMode === 'closed');
  return {
    id: input.id, verdict: closed ? 'review' : 'allow', score: 0, categories: [], signals: [], rules: [], shadow: [], degraded, versions: versionsOf(engine),
  };
}

const versionsByRules = new WeakMap<DetectionEngine['rules'], WeakMap<DetectionEngine['versions'], ScreenResult['versions']>>();

/**
 * The versions every result of one engine and rule set carries, built once and shared (frozen):
 * spreading the engine's versions into a new object was a measurable share of a short listing.
 */
function versionsOf(engine: DetectionEngine): ScreenResult['versions'] {
  let byEngine = versionsByRules.get(engine.rules);
  if (!byEngine) versionsByRules.set(engine.rules, byEngine = new WeakMap());
  let v = byEngine.get(engine.versions);
  if (!v) byEngine.set(engine.versions, v = Object.freeze({ ...engine.versions, rules: engine.rules.version }));
  return v;
}

function textFields(input: ScreenInput, truncated: Finding[]): TextField[] {
  const fields: TextField[] = [];
  addField(fields, truncated, 'title', input.title, FIELD_LIMITS.title);
  addField(fields, truncated, 'description', input.description, FIELD_LIMITS.description);
  addField(fields, truncated, 'brand', input.brand, FIELD_LIMITS.other, false);
  const images = input.images;
  if (images) {
    for (let i = 0; i < images.length; i++) {
      const img = images[i]!;
      addField(fields, truncated, `images.${i}.ocr`, img.ocrText, FIELD_LIMITS.other);
      const qr = img.qrPayloads ?? [];
      for (let k = 0; k < qr.length; k++) addField(fields, truncated, `images.${i}.qr.${k}`, qr[k], FIELD_LIMITS.other);
    }
  }
  return fields;
}

// Module-level rather than a closure per listing: under the project's TypeScript runner every
// named inner function costs a property definition when it is created.
function addField(fields: TextField[], truncated: Finding[], field: string, text: string | null | undefined, limit: number, links = true): void {
  if (!text) return;
  let value = text;
  if (value.length > limit) {
    // Never cut a surrogate pair in half.
    const cut = value.charCodeAt(limit - 1) >= 0xd800 && value.charCodeAt(limit - 1) <= 0xdbff ? limit - 1 : limit;
    value = value.slice(0, cut);
    truncated.push({ kind: 'truncated', field, length: cut });
  }
  fields.push({ field, text: value, links });
}

function bySeverity(a: FiredRule, b: FiredRule): number {
  return VERDICT_RANK[b.action] - VERDICT_RANK[a.action] || b.score - a.score || a.id.localeCompare(b.id);
}

/** Independent evidence adds up without exceeding 1. */
const noisyOr = (scores: number[]): number => Math.round((1 - scores.reduce((p, s) => p * (1 - s), 1)) * 1000) / 1000;

function dedupe(signals: ScreenSignal[]): ScreenSignal[] {
  if (signals.length <= 16) return dedupeFew(signals);
  const seen = new Set<string>();
  return signals.filter((s) => {
    // One signal per rule and place: "replica" matched from two language lists is one finding.
    const key = `${s.rule}|${s.kind}|${s.span ? `${s.span.field}:${s.span.start}:${s.span.end}` : s.evidence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** dedupe() for a handful of signals: pairwise comparison instead of a string key per signal. */
function dedupeFew(signals: ScreenSignal[]): ScreenSignal[] {
  const out: ScreenSignal[] = [];
  for (const s of signals) {
    let dup = false;
    for (let k = 0; k < out.length && !dup; k++) dup = sameSignalPlace(out[k]!, s);
    if (!dup) out.push(s);
  }
  return out;
}

function sameSignalPlace(a: ScreenSignal, b: ScreenSignal): boolean {
  if (a.rule !== b.rule || a.kind !== b.kind) return false;
  if (a.span && b.span) return a.span.field === b.span.field && a.span.start === b.span.start && a.span.end === b.span.end;
  if (a.span || b.span) return sameKeyMixed(a, b);
  return a.evidence === b.evidence;
}

/** One signal with a span, one without: equal only if the string keys would be (evidence "f:s:e"). */
function sameKeyMixed(a: ScreenSignal, b: ScreenSignal): boolean {
  const place = (s: ScreenSignal): string => (s.span ? `${s.span.field}:${s.span.start}:${s.span.end}` : s.evidence);
  return place(a) === place(b);
}
