/**
 * Taking a decision on a case (Art. 17): one transaction records the decision, its statement of
 * reasons (trader's and Transparency Database's), the ledger events, the webhook asking the
 * marketplace to enforce it, and the messages to the trader and the notifiers with their redress.
 * A cluster decision fans out to one decision and one statement per item.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { decisionObligations, type DecisionObligations } from '../../core/decisions/obligations.js';
import { SOURCE_RULES } from '../../core/decisions/sources.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import { buildStatement, expandTerritorialScope } from '../../core/statements/build.js';
import { buildTraderStatement } from '../../core/statements/trader-statement.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { decision, moderationCase, statement } from '../../store/schema/index.js';
import { getListing } from '../catalog/queries.js';
import { feedCase } from '../cases/open-case.js';
import { snapshotItem } from '../cases/snapshots.js';
import { caseSources, type CaseSources } from './source.js';
import { notifyNotifiers } from './notify.js';
import type { DecisionFormInput } from './schemas.js';
import { statementInput } from './statement-input.js';
import { enqueue } from '../outbox/outbox.js';
import type { DecisionDeps } from './deps.js';
import { traderComplaintToken } from '../complaints/tokens.js';
import { applyDecisionPenalties } from '../enforcement/apply.js';
import { measureStatementSettings } from '../enforcement/measure-statement.js';

export type { DecisionDeps } from './deps.js';

export interface DecisionResult {
  decision_ids: string[];
  status: 'pending_approval' | 'pending_effect' | 'effective';
}

function validateGround(input: DecisionFormInput): void {
  const problems = [];
  if (input.ground === 'illegal' && !input.legal_ground) problems.push({ path: 'legal_ground', problem: 'is required for illegal content (Art. 17(3)(d))' });
  if (input.ground === 'incompatible' && !input.clause) problems.push({ path: 'clause', problem: 'is required for content incompatible with the terms (Art. 17(3)(e))' });
  if (input.keyword === 'KEYWORD_OTHER' && !input.keyword_other) problems.push({ path: 'keyword_other', problem: 'describe the sub-category when the keyword is KEYWORD_OTHER' });
  if (problems.length) throw new DomainError('invalid_body', problems.map((p) => `${p.path} ${p.problem}`).join('; '), problems);
}

export async function takeDecision(deps: DecisionDeps, actor: Actor, reviewer: string, caseId: string, input: DecisionFormInput): Promise<DecisionResult> {
  validateGround(input);
  return deps.db.transaction(async (tx) => {
    const [c] = await tx.select().from(moderationCase).where(eq(moderationCase.id, caseId)).for('update');
    if (!c) throw new DomainError('not_found', `case ${caseId} not found`);
    if (c.status === 'closed') throw new DomainError('invalid_state', 'the case is already decided');
    if (c.claimedBy && c.claimedBy !== reviewer && c.claimExpiresAt && c.claimExpiresAt > deps.clock.now()) {
      throw new DomainError('conflict', 'another reviewer holds this case');
    }
    const sources = await caseSources(tx, caseId);
    const obligations = decisionObligations({
      source: sources.source, ground: input.ground === 'illegal' ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      actions: input.actions, deceptiveHighVolumeCommercial: input.deceptive_high_volume, threatToLifeOrSafety: input.threat_to_life_or_safety, alsoIllegal: input.also_illegal,
    });
    const needsApproval = input.actions.some((a) => deps.severeActions.includes(a));
    const subjects = [{ kind: c.subjectKind, id: c.subjectId, caseId }];
    for (const extra of input.also_items ?? []) {
      if (extra.id === c.subjectId) continue;
      // A cluster member gets its own case link, so its history shows why it was decided.
      const fed = await feedCase(tx, deps.clock, actor, { subject: extra, lane: 'standard', category: input.category, language: null, link: { kind: 'detection', refId: `cluster:${caseId}` }, knowledgeAt: deps.clock.now() });
      await appendEvents(tx, deps.clock, fed.events);
      subjects.push({ ...extra, caseId: fed.caseId });
    }
    const ids: string[] = [];
    for (const s of subjects) {
      ids.push(await recordDecision(tx, deps, actor, reviewer, s, input, obligations, sources, needsApproval));
    }
    return { decision_ids: ids, status: needsApproval ? 'pending_approval' : obligations.effectConfirmation ? 'pending_effect' : 'effective' };
  });
}

async function recordDecision(
  tx: Db, deps: DecisionDeps, actor: Actor, reviewer: string, s: { kind: string; id: string; caseId: string }, input: DecisionFormInput,
  o: DecisionObligations, sources: CaseSources, needsApproval: boolean,
): Promise<string> {
  const now = deps.clock.now();
  const id = randomUUID();
  const listing = s.kind === 'listing' ? await getListing(tx, s.id) : null;
  await snapshotItem(tx, deps.clock, s.kind, s.id); // the item as it was when decided
  const sourceType = SOURCE_RULES[sources.source].sourceType;
  await tx.insert(decision).values({
    id, caseId: s.caseId, subjectKind: s.kind, subjectId: s.id, traderId: listing?.trader_id ?? null, action: input.actions.join('+'),
    visibility: [...o.fields.decision_visibility], monetary: o.fields.decision_monetary, provision: o.fields.decision_provision, account: o.fields.decision_account,
    endsAt: input.end_date ? new Date(`${input.end_date}T23:59:59.999Z`) : null,
    territorialScope: expandTerritorialScope(input.territorial_scope),
    ground: input.ground === 'illegal' ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    legalGround: input.legal_ground ?? null, referenceUrl: input.reference_url ?? null, clauseRef: input.clause ?? null, explanation: input.explanation,
    category: input.category, keyword: input.keyword, automatedDetection: sources.detection, automatedDecision: sources.detection ? 'AUTOMATED_DECISION_PARTIALLY' : 'AUTOMATED_DECISION_NOT_AUTOMATED',
    sourceType, noticeIds: sources.notices.map((n) => n.id), orderId: sources.orderId,
    facts: { input, obligations: { clocks: o.clocks, notes: o.notes, inform: o.inform } },
    decidedBy: reviewer, decidedAt: now, appliesFrom: now, effectRequired: o.effectConfirmation,
    effectDueAt: o.effectConfirmation ? new Date(now.getTime() + deps.effectTimeoutMinutes * 60_000) : null,
    status: needsApproval ? 'pending_approval' : o.effectConfirmation ? 'pending_effect' : 'effective',
  });
  if (!needsApproval) await finalizeDecision(tx, deps, actor, id, input, o, sources, listing);
  return id;
}

/** Everything that follows once a decision stands: statement, ledger, enforcement webhook, messages, case closed. */
export async function finalizeDecision(
  tx: Db, deps: DecisionDeps, actor: Actor, id: string, input: DecisionFormInput, o: DecisionObligations, sources: CaseSources, listing: Awaited<ReturnType<typeof getListing>>,
): Promise<void> {
  const [d] = await tx.select().from(decision).where(eq(decision.id, id));
  if (!d) throw new DomainError('not_found', `decision ${id} not found`);
  const now = deps.clock.now();
  const knownNames = sources.notices.map((n) => n.notifierName).filter((x): x is string => !!x);
  if (o.statementOwed || o.statementToTrader) {
    const si = statementInput(input, o, { decisionId: id, subject: { kind: d.subjectKind, id: d.subjectId }, listing, source: sources.source, automatedDetection: d.automatedDetection, decidedAt: d.decidedAt, knownNames });
    const built = buildStatement(si);
    const trader = buildTraderStatement(si, { platformName: deps.platformName, language: listing?.language, complaintUrlTemplate: deps.complaintUrlTemplate, complaintToken: deps.secret ? traderComplaintToken(deps.secret, id) : null, complaintWindowMonths: deps.complaintWindowMonths, outOfCourtUrl: deps.outOfCourtUrl, notifierNames: knownNames });
    await tx.insert(statement).values({
      decisionId: id, puid: built.statement.puid, payload: built.statement, traderMessage: trader, tdbRequired: o.transparencyDb,
      status: o.transparencyDb ? 'pending' : 'not_required', nextAttemptAt: now, createdAt: now,
    });
    if (o.statementToTrader && d.traderId) {
      // The marketplace holds the trader's contact details and delivers the statement (Art. 17(1)–(2)).
      await enqueue(tx, deps.clock, { topic: 'trader.statement_of_reasons', subject: { type: 'trader', id: d.traderId }, payload: { decision_id: id, language: trader.language, subject: trader.subject, text: trader.text, complaint_url: trader.complaintUrl } });
    }
  }
  await appendEvents(tx, deps.clock, [{
    type: 'decision.taken', subject: { type: 'decision', id }, actor,
    payload: {
      decision_id: id, source_type: d.sourceType as never, ground: d.ground as never, category: d.category, keyword: d.keyword, visibility: d.visibility,
      monetary: d.monetary, provision: d.provision, account: d.account, automated_detection: d.automatedDetection, automated_decision: d.automatedDecision as never,
      territorial_scope: d.territorialScope, received_at: sources.receivedAt ? isoMs(sources.receivedAt) : null,
      knowledge_at: sources.receivedAt ? isoMs(sources.receivedAt) : null, decided_at: isoMs(d.decidedAt), applies_from: isoMs(d.appliesFrom),
      notice_ids: d.noticeIds, order_id: d.orderId,
    },
  }]);
  if (!input.actions.includes('no_action')) {
    await enqueue(tx, deps.clock, {
      topic: 'decision.taken', subject: { type: d.subjectKind, id: d.subjectId },
      payload: { decision_id: id, actions: input.actions, visibility: d.visibility, monetary: d.monetary, provision: d.provision, account: d.account, territorial_scope: d.territorialScope, ends_at: d.endsAt?.toISOString() ?? null, confirm_effect: d.effectRequired },
    });
  }
  // Art. 23(1), RO-1, RO-4: the strike and the policy's measure in the same transaction as the decision.
  await applyDecisionPenalties(tx, deps.clock, actor, id, deps.effectTimeoutMinutes, undefined, measureStatementSettings(deps, deps.secret));
  await notifyNotifiers(tx, deps, actor, id, sources, !input.actions.includes('no_action'), d.automatedDetection);
  const still = await tx.select({ id: decision.id }).from(decision).where(and(eq(decision.caseId, d.caseId!), eq(decision.status, 'pending_approval'), ne(decision.id, id)));
  if (still.length === 0 && d.caseId) {
    const closed = await tx.update(moderationCase).set({ status: 'closed', closedAt: now, claimedBy: null, claimExpiresAt: null }).where(and(eq(moderationCase.id, d.caseId), ne(moderationCase.status, 'closed'))).returning({ id: moderationCase.id });
    if (closed.length) {
      const ids = (await tx.select({ id: decision.id }).from(decision).where(inArray(decision.caseId, [d.caseId]))).map((r) => r.id);
      await appendEvents(tx, deps.clock, [{ type: 'case.closed', subject: { type: 'case', id: d.caseId }, actor, payload: { outcome: input.actions.join('+'), decision_ids: ids } }]);
    }
  }
}
