/**
 * The Transparency Database record of a Vigil decision (Art. 17(3), Art. 24(5), SOR-2–SOR-4).
 * Built only from vetted fields and templated text: every free-text value passes the scrubber,
 * `decision_facts` comes from the template in facts.ts, and the result must pass the strict
 * validator and the specificity linter, or the build fails naming each problem.
 */
import { DomainError, type ErrorDetail } from '../errors.js';
import { mergeCounts, scrubText, SCRUBBER_VERSION, type ScrubCounts, type ScrubOptions, type ScrubReport } from '../privacy/scrubber.js';
import { keywordFits, KEYWORD_INFO } from './categories.js';
import { decisionFacts } from './facts.js';
import { ean13FromGtin } from './gtin.js';
import { CONTENT_LANGUAGE_VALUES, EEA, EU27, TERRITORIAL_SCOPE_VALUES, type ContentLanguage, type TerritorialScopeCode } from './places.js';
import { lintSpecificity } from './specificity.js';
import { validateStatement, PUID_PATTERN } from './validate.js';
import { isoDate, type DecisionForStatement, type StatementSourceKind } from './decision-input.js';
import type { SourceType, TdbStatement } from './types.js';

export type { DecisionForStatement } from './decision-input.js';

export interface BuiltStatement {
  statement: TdbStatement;
  /** What the scrubber removed from the free text (counts only; X-4 scrub log). */
  scrub: ScrubReport;
  /** Values left out rather than sent wrong: an invalid GTIN, an unknown language. */
  warnings: string[];
}

const SOURCE_TYPE: Record<StatementSourceKind, SourceType> = {
  notice: 'SOURCE_ARTICLE_16',
  trusted_flagger: 'SOURCE_TRUSTED_FLAGGER',
  other_notification: 'SOURCE_TYPE_OTHER_NOTIFICATION',
  own_initiative: 'SOURCE_VOLUNTARY',
};
const AUTOMATED = { fully: 'AUTOMATED_DECISION_FULLY', partially: 'AUTOMATED_DECISION_PARTIALLY', not_automated: 'AUTOMATED_DECISION_NOT_AUTOMATED' } as const;

/** 'EU' and 'EEA' expand; Eurostat's EL is Greece (GR in the TDB); the result is sorted and unique. */
export function expandTerritorialScope(scope: DecisionForStatement['territorialScope']): TerritorialScopeCode[] {
  const codes = scope === 'EU' ? EU27 : scope === 'EEA' ? EEA : scope.map((c) => (c.toUpperCase() === 'EL' ? 'GR' : c.toUpperCase()));
  const bad = codes.filter((c) => !(TERRITORIAL_SCOPE_VALUES as readonly string[]).includes(c));
  if (bad.length > 0) throw new DomainError('invalid_body', 'territorial scope outside the EU/EEA', [{ path: 'territorialScope', problem: `unknown codes: ${bad.join(', ')}` }]);
  return [...new Set(codes as TerritorialScopeCode[])].sort();
}

/** Our lower-case ISO 639-1 (or a BCP 47 tag) → the TDB's upper-case code, or null when the TDB has none. */
export function tdbLanguage(lang: string | null | undefined): ContentLanguage | null {
  if (!lang) return null;
  const code = lang.split(/[-_]/)[0]!.toUpperCase();
  return (CONTENT_LANGUAGE_VALUES as readonly string[]).includes(code) ? (code as ContentLanguage) : null;
}

/** Scrubbed text that still says something (not only placeholders and punctuation), or undefined. */
function meaningful(text: string): string | undefined {
  const rest = text.replace(/\[(?:email|url|iban|card|ip|phone|address|name|handle)\]/g, '').replace(/[^\p{L}\p{N}]/gu, '');
  return rest.length >= 3 ? text : undefined;
}

export function buildStatement(d: DecisionForStatement): BuiltStatement {
  const problems: ErrorDetail[] = [];
  const warnings: string[] = [];
  const removed: ScrubCounts = {};
  const scrubOptions: ScrubOptions = { names: d.knownNames ?? [] };
  const clean = (text: string | null | undefined): string | undefined => {
    if (text === null || text === undefined) return undefined;
    const r = scrubText(text.trim(), scrubOptions);
    mergeCounts(removed, r.removed);
    return r.text === '' ? undefined : r.text;
  };

  // A6 rule 13: the PUID is the decision id, unchanged, so it stays unique forever.
  if (!PUID_PATTERN.test(d.decisionId) || d.decisionId.length > 500) problems.push({ path: 'decisionId', problem: 'must be 1–500 characters of [A-Za-z0-9_-] to serve as the PUID' });

  // NA-3: exactly one primary keyword of the category (KEYWORD_OTHER needs its description).
  if (!keywordFits(d.primaryKeyword, d.category)) {
    problems.push({ path: 'primaryKeyword', problem: `${d.primaryKeyword} belongs to ${KEYWORD_INFO[d.primaryKeyword].parent ?? 'no IR category'}, not ${d.category}` });
  }
  const keywords = [...new Set([d.primaryKeyword, ...(d.additionalKeywords ?? [])])];

  const r = d.restrictions;
  const s: TdbStatement = {
    decision_visibility: r.visibility && r.visibility.types.length > 0 ? [...new Set(r.visibility.types)] : null,
    decision_monetary: r.monetary?.type ?? null,
    decision_provision: r.provision?.type ?? null,
    decision_account: r.account?.type ?? null,
    decision_ground: d.ground.kind === 'illegal' ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    content_type: [...new Set(d.contentTypes)],
    category: d.category,
    category_specification: keywords,
    territorial_scope: expandTerritorialScope(d.territorialScope),
    content_date: isoDate(d.contentDate),
    application_date: isoDate(d.applicationDate),
    decision_facts: '',
    source_type: SOURCE_TYPE[d.source.kind],
    automated_detection: d.automatedDetection ? 'Yes' : 'No',
    automated_decision: AUTOMATED[d.automatedDecision],
    puid: d.decisionId,
  };
  // "Other" texts only with their "other" value (A6 rules 3, 4, 8, 9); end dates only with their restriction (rule 12).
  if (s.decision_visibility?.includes('DECISION_VISIBILITY_OTHER')) assign(s, 'decision_visibility_other', clean(r.visibility?.other));
  if (s.decision_monetary === 'DECISION_MONETARY_OTHER') assign(s, 'decision_monetary_other', clean(r.monetary?.other));
  if (s.content_type.includes('CONTENT_TYPE_OTHER')) assign(s, 'content_type_other', clean(d.contentTypeOther));
  if (keywords.includes('KEYWORD_OTHER')) assign(s, 'category_specification_other', clean(d.keywordOther));
  if (s.decision_visibility && r.visibility?.endDate) s.end_date_visibility_restriction = isoDate(r.visibility.endDate);
  if (r.monetary?.endDate) s.end_date_monetary_restriction = isoDate(r.monetary.endDate);
  if (r.provision?.endDate) s.end_date_service_restriction = isoDate(r.provision.endDate);
  if (r.account?.endDate) s.end_date_account_restriction = isoDate(r.account.endDate);
  if (d.accountType) s.account_type = d.accountType === 'business' ? 'ACCOUNT_TYPE_BUSINESS' : 'ACCOUNT_TYPE_PRIVATE';
  const additions = (d.additionalCategories ?? []).filter((c) => c !== d.category);
  if (additions.length > 0) s.category_addition = [...new Set(additions)];

  // Art. 17(3)(d)/(e): the ground, scrubbed.
  const g = d.ground;
  if (g.referenceUrl) s.decision_ground_reference_url = g.referenceUrl;
  if (g.kind === 'illegal') {
    assign(s, 'illegal_content_legal_ground', clean(g.legalGround));
    assign(s, 'illegal_content_explanation', clean(g.explanation));
  } else {
    assign(s, 'incompatible_content_ground', clean(g.clause));
    assign(s, 'incompatible_content_explanation', clean(g.explanation));
    if (g.alsoIllegal !== undefined && g.alsoIllegal !== null) s.incompatible_content_illegal = g.alsoIllegal ? 'Yes' : 'No';
  }

  // Art. 17(3)(b): the notifier only where needed, never by name (Art. 24(5)); none for own initiative.
  const identity = d.source.kind === 'own_initiative' ? undefined : clean(d.source.identity);
  if (identity !== undefined && meaningful(identity)) s.source_identity = identity;

  const language = tdbLanguage(d.contentLanguage);
  if (language) s.content_language = language;
  else if (d.contentLanguage) warnings.push(`content language "${d.contentLanguage}" has no TDB code; left out`);
  if (d.gtin) {
    const ean = ean13FromGtin(d.gtin);
    if (ean) s.content_id = { 'EAN-13': ean };
    else warnings.push('GTIN has no valid EAN-13 form (length or check digit); content_id left out');
  }

  const f = d.facts;
  const facts = {
    ...f,
    title: clean(f.title), failedAttribute: clean(f.failedAttribute), finding: clean(f.finding),
    ruleHits: f.ruleHits?.map((h) => ({ id: h.id, label: clean(h.label) })),
    lexiconHits: f.lexiconHits?.map((t) => clean(t)).filter((t): t is string => t !== undefined),
  };
  s.decision_facts = decisionFacts({ facts, sourceKind: d.source.kind, automatedDetection: d.automatedDetection, statement: s });

  const v = validateStatement(s, { scrub: scrubOptions });
  for (const [path, msgs] of Object.entries(v.errors)) for (const problem of msgs) problems.push({ path, problem });
  problems.push(...lintSpecificity(s, { itemId: f.itemId }).problems);
  if (problems.length > 0) {
    throw new DomainError('invalid_body', `the statement of reasons for decision ${d.decisionId} is incomplete or not specific enough`, problems);
  }
  return { statement: s, scrub: { version: SCRUBBER_VERSION, removed, total: Object.values(removed).reduce((a, b) => a + (b ?? 0), 0) }, warnings };
}

function assign<K extends keyof TdbStatement>(s: TdbStatement, key: K, value: TdbStatement[K] | undefined): void {
  if (value !== undefined) s[key] = value;
}
