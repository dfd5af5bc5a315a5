/**
 * The statement of reasons of a suspension or termination taken under the penalty policy
 * (Art. 17(1)(c)/(d), Art. 23(1); Art. 24(5) for the Transparency Database): written in the
 * measure's transaction, one per measure (PUID = measure id), through the same builders, validator,
 * specificity linter and scrubber as a decision's statement. The ground is the published penalty
 * clause; the facts cite each decision counted by its statement's PUID. The trader's internal
 * complaint goes against the decision that triggered the measure (its own complaint link): reversing
 * it withdraws the strike and lifts the measure, and the lift marks this statement `reversed`.
 */
import { inArray } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { buildStatement } from '../../core/statements/build.js';
import { KEYWORD_INFO, keywordFits, type Keyword, type StatementCategory } from '../../core/statements/categories.js';
import type { DecisionForStatement } from '../../core/statements/decision-input.js';
import type { ContentType } from '../../core/statements/enums.js';
import type { TerritorialScopeCode } from '../../core/statements/places.js';
import { buildTraderStatement, complaintUrl, traderLanguage, type TraderStatement } from '../../core/statements/trader-statement.js';
import type { TdbStatement } from '../../core/statements/types.js';
import { DEFAULT_TERMS } from '../../core/terms/default-terms.js';
import type { Db } from '../../store/database.js';
import { decision, enforcementAction, measureStatement, statement, strike } from '../../store/schema/index.js';
import { traderComplaintToken } from '../complaints/tokens.js';
import { termsInForce } from './terms.js';

type MeasureRow = typeof enforcementAction.$inferSelect;
type StrikeRow = typeof strike.$inferSelect;

/** What the trader statement needs beyond the records: the operator's settings (config). */
export interface MeasureStatementSettings {
  platformName: string;
  outOfCourtUrl: string | null;
  complaintWindowMonths: number;
  /** The trader's complaint link for a decision (with its token), used when the triggering decision has no stored statement. */
  complaintUrl?: (decisionId: string, lang: string) => string;
}

/**
 * The settings from the application's configuration; with the application secret the complaint
 * link carries the decision's complaint token, as the decision's own statement does.
 */
export const measureStatementSettings = (
  c: { platformName: string; outOfCourtUrl: string | null; complaintWindowMonths?: number; complaintUrlTemplate: string },
  secret?: Buffer | null,
): MeasureStatementSettings => ({
  platformName: c.platformName, outOfCourtUrl: c.outOfCourtUrl, complaintWindowMonths: c.complaintWindowMonths ?? 6,
  complaintUrl: (decisionId, lang) => complaintUrl(c.complaintUrlTemplate, decisionId, lang, secret ? traderComplaintToken(secret, decisionId) : null),
});

/** Used where the caller has no configuration at hand (reconciliation, withdrawals): the configuration's defaults. */
export const DEFAULT_MEASURE_STATEMENT_SETTINGS: MeasureStatementSettings = {
  platformName: 'the marketplace',
  outOfCourtUrl: 'https://digital-strategy.ec.europa.eu/en/policies/dsa-out-court-dispute-settlement',
  complaintWindowMonths: 6,
};

const ACCOUNT = { suspension: 'DECISION_ACCOUNT_SUSPENDED', termination: 'DECISION_ACCOUNT_TERMINATED' } as const;

interface Factors { decision_ids?: string[]; window_days?: number }
interface StoredTrader { language?: string; complaintUrl?: string }

function explanation(m: MeasureRow): string {
  const rule = `clause ${m.clauseId} of the penalty policy ${m.policyVersion}`;
  if (m.measure === 'suspension') {
    const until = m.until ? m.until.toISOString().slice(0, 10) : 'further notice';
    return `Suspension under ${rule}: after a prior warning, strike number ${m.triggerSeq} brought the account to ${m.points} penalty points, the suspension threshold; its listings are hidden and it cannot publish until ${until}.`;
  }
  return m.immediate
    ? `Termination under ${rule}: strike number ${m.triggerSeq} comes from a decision on a product threatening life or safety, the gravest case, which terminates the account at once (${m.points} penalty points).`
    : `Termination under ${rule}: after a prior warning, strike number ${m.triggerSeq} brought the account to ${m.points} penalty points, the termination threshold.`;
}

/** The builders' input for a measure, from the measure, its strikes, the decisions counted and their statements. */
async function measureInput(tx: Db, m: MeasureRow, strikes: readonly StrikeRow[]): Promise<{ input: DecisionForStatement; trigger: string | null; triggerTrader: StoredTrader | null }> {
  const f = m.factors as Factors;
  const ids = f.decision_ids ?? [];
  const decisions = ids.length ? await tx.select().from(decision).where(inArray(decision.id, ids)) : [];
  const statements = ids.length ? await tx.select().from(statement).where(inArray(statement.decisionId, ids)) : [];
  const byId = new Map(statements.map((s) => [s.decisionId, s]));
  const triggerId = strikes.find((s) => s.seq === m.triggerSeq)?.decisionId ?? ids[ids.length - 1] ?? null;
  const trigger = decisions.find((d) => d.id === triggerId) ?? decisions[decisions.length - 1] ?? null;
  const triggerPayload = trigger ? (byId.get(trigger.id)?.payload as TdbStatement | undefined) : undefined;

  const category = (trigger?.category ?? 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC') as StatementCategory;
  const candidate = (triggerPayload?.category_specification?.[0] ?? trigger?.keyword ?? null) as Keyword | null;
  const primaryKeyword: Keyword = candidate && candidate in KEYWORD_INFO && keywordFits(candidate, category) ? candidate : 'KEYWORD_OTHER';
  const payloads = statements.map((s) => s.payload as TdbStatement);
  const contentTypes = [...new Set(payloads.flatMap((p) => p.content_type ?? []))].filter((c) => c !== 'CONTENT_TYPE_OTHER') as ContentType[];
  const contentDates = payloads.map((p) => p.content_date).filter((d): d is string => !!d).sort();
  const scope = [...new Set(payloads.flatMap((p) => p.territorial_scope ?? []))] as TerritorialScopeCode[];

  const terms = (await termsInForce(tx, m.takenAt)) ?? DEFAULT_TERMS;
  const clause = terms.clauses.find((c) => c.clause_id === m.clauseId) ?? DEFAULT_TERMS.clauses.find((c) => c.clause_id === m.clauseId);
  const ground = clause ? `Terms ${terms.version}, clause ${clause.clause_id} (${clause.title}): ${clause.text.replace(/\.$/, '')}` : `Terms ${terms.version}, clause ${m.clauseId}`;

  const input: DecisionForStatement = {
    decisionId: m.id,
    restrictions: { account: { type: ACCOUNT[m.measure as keyof typeof ACCOUNT], endDate: m.measure === 'suspension' ? m.until : null } },
    accountType: 'business',
    ground: { kind: 'incompatible', clause: ground, explanation: explanation(m) },
    category,
    primaryKeyword,
    keywordOther: primaryKeyword === 'KEYWORD_OTHER' ? 'account measure under the penalty policy for repeated decisions' : null,
    additionalCategories: [...new Set(decisions.map((d) => d.category as StatementCategory))].filter((c) => c !== category),
    contentTypes: contentTypes.length ? contentTypes : ['CONTENT_TYPE_TEXT'],
    contentDate: contentDates[0] ?? m.takenAt,
    applicationDate: m.takenAt,
    territorialScope: scope.length ? scope : 'EEA',
    source: { kind: 'own_initiative' },
    // Automated detection as in the decisions counted; the policy itself applies without a person (fully automated).
    automatedDetection: payloads.some((p) => p.automated_detection === 'Yes') || decisions.some((d) => d.automatedDetection),
    automatedDecision: 'fully',
    facts: {
      itemKind: 'account', itemId: m.id,
      measureBasis: { points: m.points, windowDays: f.window_days ?? 365, decisionPuids: ids.map((id) => byId.get(id)?.puid ?? id) },
    },
    knownNames: [],
  };
  return { input, trigger: trigger?.id ?? null, triggerTrader: trigger ? ((byId.get(trigger.id)?.traderMessage as StoredTrader | undefined) ?? null) : null };
}

export interface MeasureStatementResult {
  statement: TdbStatement;
  trader: TraderStatement;
}

/**
 * Builds and stores the statement of a suspension or termination (nothing for a warning). Unique per
 * measure: a retry inserts nothing. A statement the builders refuse does not undo the measure: the row
 * is kept with status `build_failed` and the problems, for compliance to see (`GET /api/v1/statements`).
 */
export async function writeMeasureStatement(tx: Db, clock: Clock, m: MeasureRow, strikes: readonly StrikeRow[], settings: MeasureStatementSettings = DEFAULT_MEASURE_STATEMENT_SETTINGS): Promise<MeasureStatementResult | null> {
  if (m.measure !== 'suspension' && m.measure !== 'termination') return null;
  const now = clock.now();
  const { input, trigger, triggerTrader } = await measureInput(tx, m, strikes);
  try {
    const built = buildStatement(input);
    const lang = traderLanguage(triggerTrader?.language);
    // The complaint link is the triggering decision's (complaints are filed against decisions); no placeholders remain in it.
    const link = triggerTrader?.complaintUrl ?? (trigger && settings.complaintUrl ? settings.complaintUrl(trigger, lang) : null);
    const trader = buildTraderStatement({ ...input, facts: { ...input.facts, itemId: m.actorId } }, {
      platformName: settings.platformName, language: lang, complaintUrlTemplate: link ?? 'http://invalid', complaintWindowMonths: settings.complaintWindowMonths, outOfCourtUrl: settings.outOfCourtUrl,
    });
    const inserted = await tx.insert(measureStatement).values({
      actionId: m.id, puid: built.statement.puid, payload: built.statement, traderMessage: { ...trader, decisionId: m.id, complaintDecisionId: trigger }, tdbRequired: true,
      status: 'pending', nextAttemptAt: now, createdAt: now,
    }).onConflictDoNothing().returning({ id: measureStatement.actionId });
    return inserted.length ? { statement: built.statement, trader } : null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const problems = JSON.stringify({ message: e.message, details: e.details }).slice(0, 4000);
    await tx.insert(measureStatement).values({
      actionId: m.id, puid: m.id, payload: {}, traderMessage: {}, tdbRequired: true, status: 'build_failed', lastError: problems, nextAttemptAt: null, createdAt: now,
    }).onConflictDoNothing();
    return null;
  }
}
