/**
 * `decision_facts` from a template, never from reviewer prose: structured facts (item, title,
 * failed attribute, rule hits, source, measures, scope, automation) in fixed English sentences
 * (Art. 17(3)(b), Art. 24(5), SOR-3). Every inserted value is already scrubbed by the caller.
 */
import { DECISION_LABELS, type TdbStatement } from './types.js';
import { EEA, EU27 } from './places.js';
import type { StatementFacts, StatementSourceKind } from './decision-input.js';

const ITEM: Record<StatementFacts['itemKind'], string> = {
  listing: 'Listing', store: 'Store page', review: 'Review', ad: 'Advertisement', account: 'Account',
  message: 'Message', affiliate_link: 'Affiliate link', other: 'Item',
};
const SOURCE: Record<StatementSourceKind, string> = {
  notice: 'It was reviewed after a notice submitted under Article 16 DSA.',
  trusted_flagger: 'It was reviewed after a notice from a trusted flagger (Article 22 DSA).',
  other_notification: 'It was reviewed after a notification other than an Article 16 notice.',
  own_initiative: 'It was found on the provider\'s own initiative.',
};
const DECIDED: Record<TdbStatement['automated_decision'], string> = {
  AUTOMATED_DECISION_NOT_AUTOMATED: 'The decision was taken by a human reviewer.',
  AUTOMATED_DECISION_PARTIALLY: 'The decision was prepared by automated means and confirmed by a human reviewer.',
  AUTOMATED_DECISION_FULLY: 'The decision was taken by automated means.',
};

const clip = (s: string, n: number): string => ([...s].length <= n ? s : `${[...s].slice(0, n - 1).join('')}…`);
const sentence = (s: string): string => (/[.!?…]$/.test(s) ? s : `${s}.`);

export interface FactsInput {
  facts: StatementFacts;
  sourceKind: StatementSourceKind;
  automatedDetection: boolean;
  statement: Pick<TdbStatement, 'decision_visibility' | 'decision_visibility_other' | 'decision_monetary' | 'decision_monetary_other' | 'decision_provision' | 'decision_account' | 'end_date_visibility_restriction' | 'end_date_monetary_restriction' | 'end_date_service_restriction' | 'end_date_account_restriction' | 'application_date' | 'territorial_scope' | 'automated_decision' | 'decision_ground' | 'illegal_content_legal_ground' | 'incompatible_content_ground' | 'content_date'>;
}

export function scopeText(scope: readonly string[] | null | undefined): string {
  const set = new Set(scope ?? []);
  if (set.size === EEA.length && EEA.every((c) => set.has(c))) return 'the European Economic Area';
  if (set.size === EU27.length && EU27.every((c) => set.has(c))) return 'all EU Member States';
  return [...set].sort().join(', ');
}

export function measuresText(s: FactsInput['statement']): string[] {
  const until = (d: string | null | undefined): string => (d ? ` until ${d}` : ' with no end date');
  const out: string[] = [];
  for (const v of s.decision_visibility ?? []) {
    out.push(v === 'DECISION_VISIBILITY_OTHER' ? `other visibility restriction (${s.decision_visibility_other ?? ''})` : DECISION_LABELS[v].toLowerCase());
  }
  if (out.length > 0) out[out.length - 1] += until(s.end_date_visibility_restriction);
  if (s.decision_monetary) {
    const m = s.decision_monetary === 'DECISION_MONETARY_OTHER' ? `other monetary restriction (${s.decision_monetary_other ?? ''})` : DECISION_LABELS[s.decision_monetary].toLowerCase();
    out.push(m + until(s.end_date_monetary_restriction));
  }
  if (s.decision_provision) out.push(DECISION_LABELS[s.decision_provision].toLowerCase() + until(s.end_date_service_restriction));
  if (s.decision_account) out.push(DECISION_LABELS[s.decision_account].toLowerCase() + until(s.end_date_account_restriction));
  return out;
}

/** The English `decision_facts` text, at most 5000 characters (A4). */
export function decisionFacts(input: FactsInput): string {
  const { facts, statement: s } = input;
  const parts: string[] = [];
  const title = facts.title ? ` titled "${clip(facts.title, 200)}"` : '';
  const basis = facts.measureBasis;
  if (basis) {
    // An account measure under the penalty policy: it names the measure and cites each decision counted by its PUID.
    parts.push(`Account measure ${facts.itemId}, taken under the penalty policy for content first posted on ${s.content_date}.`);
    parts.push(`The account reached ${basis.points} penalty points within ${basis.windowDays} days from ${basis.decisionPuids.length} standing decision${basis.decisionPuids.length === 1 ? '' : 's'}, each with its own statement of reasons (PUID): ${clip(basis.decisionPuids.join(', '), 2500)}.`);
  } else {
    parts.push(`${ITEM[facts.itemKind]} ${facts.itemId}${title}, posted on ${s.content_date}.`);
  }
  parts.push(SOURCE[input.sourceKind]);
  const hits = [
    ...(facts.ruleHits ?? []).slice(0, 10).map((h) => (h.label ? `rule ${h.id} (${clip(h.label, 120)})` : `rule ${h.id}`)),
    ...(facts.lexiconHits ?? []).slice(0, 10).map((t) => `the term "${clip(t, 60)}"`),
  ];
  if (input.automatedDetection) parts.push(hits.length > 0 ? `Automated screening flagged it: ${hits.join('; ')}.` : 'It was detected by automated means.');
  else if (hits.length > 0) parts.push(`Screening results considered: ${hits.join('; ')}.`);
  if (facts.failedAttribute) parts.push(`The attribute that failed: ${clip(facts.failedAttribute, 200)}.`);
  if (facts.finding) parts.push(`Finding: ${sentence(clip(facts.finding, 1500))}`);
  parts.push(
    s.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT'
      ? `Legal ground: ${sentence(s.illegal_content_legal_ground ?? '')}`
      : `Contractual ground: ${sentence(s.incompatible_content_ground ?? '')}`,
  );
  parts.push(`Measures: ${measuresText(s).join('; ')}.`);
  parts.push(`They apply from ${s.application_date} in ${scopeText(s.territorial_scope)}.`);
  parts.push(DECIDED[s.automated_decision]);
  return clip(parts.join(' '), 5000);
}
