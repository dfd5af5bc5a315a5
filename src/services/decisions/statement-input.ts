/** Maps a Vigil decision onto the statement-of-reasons builder's input (Art. 17(3)). */
import type { DecisionObligations } from '../../core/decisions/obligations.js';
import type { DecisionSource } from '../../core/decisions/sources.js';
import type { Keyword, StatementCategory } from '../../core/statements/categories.js';
import type { DecisionForStatement, StatementFacts, StatementRestrictions, StatementSourceKind } from '../../core/statements/decision-input.js';
import type { ContentType } from '../../core/statements/enums.js';
import type { ListingView } from '../catalog/presenters.js';
import type { DecisionFormInput } from './schemas.js';

const SOURCE_KIND: Record<DecisionSource, StatementSourceKind> = {
  art16_notice: 'notice', trusted_flagger_notice: 'trusted_flagger', art9_order: 'other_notification', gpsr_order: 'other_notification',
  own_initiative: 'own_initiative', other_notification: 'other_notification',
};

const ITEM_KIND: Record<string, StatementFacts['itemKind']> = { listing: 'listing', store_page: 'store', review: 'review', ad: 'ad', affiliate_link: 'affiliate_link' };

export interface StatementContext {
  decisionId: string;
  subject: { kind: string; id: string };
  listing: ListingView | null;
  source: DecisionSource;
  automatedDetection: boolean;
  decidedAt: Date;
  knownNames: string[];
  ruleHits?: { id: string; label?: string | null }[];
}

export function restrictionsOf(o: DecisionObligations, endDate: string | undefined): StatementRestrictions {
  const f = o.fields;
  const end = endDate ?? null;
  return {
    ...(f.decision_visibility.length ? { visibility: { types: f.decision_visibility, endDate: end } } : {}),
    ...(f.decision_monetary ? { monetary: { type: f.decision_monetary, endDate: end } } : {}),
    ...(f.decision_provision ? { provision: { type: f.decision_provision, endDate: end } } : {}),
    ...(f.decision_account ? { account: { type: f.decision_account, endDate: end } } : {}),
  };
}

export function statementInput(input: DecisionFormInput, o: DecisionObligations, c: StatementContext): DecisionForStatement {
  const l = c.listing;
  const contentTypes: ContentType[] = l ? ['CONTENT_TYPE_PRODUCT', 'CONTENT_TYPE_TEXT', ...(l.image_urls.length ? (['CONTENT_TYPE_IMAGE'] as const) : [])] : ['CONTENT_TYPE_TEXT'];
  return {
    decisionId: c.decisionId,
    restrictions: restrictionsOf(o, input.end_date),
    accountType: 'business',
    ground: input.ground === 'illegal'
      ? { kind: 'illegal', legalGround: input.legal_ground ?? '', explanation: input.explanation, referenceUrl: input.reference_url ?? null }
      : { kind: 'incompatible', clause: input.clause ?? '', explanation: input.explanation, alsoIllegal: input.also_illegal ?? null, referenceUrl: input.reference_url ?? null },
    category: input.category as StatementCategory,
    primaryKeyword: input.keyword as Keyword,
    keywordOther: input.keyword_other ?? null,
    contentTypes,
    contentDate: new Date(l?.listed_at ?? l?.created_at ?? c.decidedAt.toISOString()),
    applicationDate: c.decidedAt,
    territorialScope: input.territorial_scope,
    contentLanguage: l?.language ?? null,
    gtin: l?.gtin ?? null,
    source: { kind: SOURCE_KIND[c.source] },
    automatedDetection: c.automatedDetection,
    // A person decided; automated detection that led to it makes the decision partially automated.
    automatedDecision: c.automatedDetection ? 'partially' : 'not_automated',
    facts: {
      itemKind: ITEM_KIND[c.subject.kind] ?? 'other', itemId: c.subject.id, title: l?.title ?? null,
      failedAttribute: input.failed_attribute ?? null, finding: input.finding ?? null, ruleHits: c.ruleHits,
    },
    knownNames: c.knownNames,
  };
}
