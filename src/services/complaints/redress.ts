/**
 * A decision reversed or modified on redress (Art. 20(4) complaint, Art. 21 dispute outcome, CH-3).
 * One transaction: the decision and the statement record change status, the marketplace is asked
 * by webhook to restore the item (and confirms it, like any decision), penalties based on the
 * decision are withdrawn, the trader gets a notice, and the ledger records each step. A reversed
 * "no action" (a notifier's complaint upheld) reopens a case so a reviewer takes a proper decision.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { redressNotice } from '../../core/complaints/outcome.js';
import { ACTION_RULES, type DecisionAction } from '../../core/decisions/actions.js';
import { DomainError } from '../../core/errors.js';
import type { Actor, NewEvent } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { decision, decisionRedress, statement } from '../../store/schema/index.js';
import { feedCase } from '../cases/open-case.js';
import { enqueue } from '../outbox/outbox.js';
import { withdrawDecisionStrikes } from '../enforcement/withdraw.js';

export interface RedressInput {
  source: 'complaint' | 'dispute';
  sourceId: string;
  kind: 'reversed' | 'modified';
  reasons: string;
  /** For a modification: the restriction that replaces the original one. */
  actions?: DecisionAction[];
  /** The notice of a notifier whose complaint about "no action" was upheld. */
  noticeId?: string | null;
}

type DecisionRow = typeof decision.$inferSelect;

export async function applyRedress(tx: Db, clock: Clock, actor: Actor, d: DecisionRow, r: RedressInput, effectTimeoutMinutes: number) {
  if (d.status === 'reversed') throw new DomainError('invalid_state', 'the decision has already been reversed');
  if (d.status === 'pending_approval') throw new DomainError('invalid_state', 'the decision is awaiting a second reviewer and has not taken effect');
  const now = clock.now();
  const actions = d.action.split('+');
  const restricted = !actions.includes('no_action');
  const events: NewEvent[] = [];
  const redressId = randomUUID();
  let restriction: Record<string, unknown> | null = null;
  if (r.kind === 'modified') {
    const next = r.actions ?? [];
    if (next.length === 0 || next.includes('no_action')) {
      throw new DomainError('invalid_body', 'a modification names the restriction that replaces the original (lifting it entirely is a reversal)', [{ path: 'modification.actions', problem: 'name at least one restricting action' }]);
    }
    const fields = next.map((a) => ACTION_RULES[a].fields);
    restriction = {
      actions: next,
      visibility: [...new Set(fields.flatMap((f) => f.decision_visibility))],
      monetary: fields.find((f) => f.decision_monetary)?.decision_monetary ?? null,
      provision: fields.find((f) => f.decision_provision)?.decision_provision ?? null,
      account: fields.find((f) => f.decision_account)?.decision_account ?? null,
    };
  }
  const effectRequired = restricted && (r.kind === 'reversed' ? d.effectRequired : (r.actions ?? []).some((a) => ACTION_RULES[a].effectConfirmation));
  await tx.update(decision).set({ status: r.kind, reversedAt: r.kind === 'reversed' ? now : d.reversedAt }).where(eq(decision.id, d.id));
  await tx.insert(decisionRedress).values({
    id: redressId, decisionId: d.id, source: r.source, sourceId: r.sourceId, kind: r.kind, restriction, at: now, effectRequired,
    effectDueAt: effectRequired ? new Date(now.getTime() + effectTimeoutMinutes * 60_000) : null,
  });
  // The statement record keeps what was issued; its redress status says it no longer stands as issued.
  const [st] = await tx.update(statement).set({ redressStatus: r.kind, redressAt: now }).where(eq(statement.decisionId, d.id)).returning({ traderMessage: statement.traderMessage });
  if (st) events.push({ type: 'statement.redress_status', subject: { type: 'decision', id: d.id }, actor, payload: { decision_id: d.id, status: r.kind, at: isoMs(now) } });
  if (r.kind === 'reversed') {
    events.push({ type: 'decision.reversed', subject: { type: 'decision', id: d.id }, actor, payload: { decision_id: d.id, reversed_at: isoMs(now), by: r.source } });
  } else {
    events.push({ type: 'decision.modified', subject: { type: 'decision', id: d.id }, actor, payload: { decision_id: d.id, modified_at: isoMs(now), by: r.source, actions: r.actions ?? [], visibility: (restriction?.visibility as string[]) ?? [] } });
  }
  if (restricted) {
    // The marketplace restores the item (or applies the lighter restriction) and confirms it.
    await enqueue(tx, clock, {
      topic: r.kind === 'reversed' ? 'decision.reversed' : 'decision.modified', subject: { type: d.subjectKind, id: d.subjectId },
      payload: { decision_id: d.id, redress_id: redressId, by: r.source, restore: r.kind === 'reversed', restriction, territorial_scope: d.territorialScope, confirm_effect: effectRequired },
    });
  } else if (r.kind === 'reversed') {
    // "No action" reversed: the item needs a decision after all; the notifier's notice feeds the case.
    const fed = await feedCase(tx, clock, actor, {
      subject: { kind: d.subjectKind, id: d.subjectId }, lane: 'standard', category: d.category, language: null,
      link: { kind: 'notice', refId: r.noticeId ?? d.noticeIds[0] ?? r.sourceId }, knowledgeAt: now,
    });
    events.push(...fed.events);
  }
  let withdrawn = 0;
  // Penalties based on the decision go with it (Art. 23(1) strikes; a suspension they alone caused is lifted).
  if (r.kind === 'reversed') withdrawn = (await withdrawDecisionStrikes(tx, clock, actor, d.id, `decision reversed on ${r.source} ${r.sourceId}`)).withdrawn;
  if (d.traderId && restricted) {
    const lang = (st?.traderMessage as { language?: string } | undefined)?.language ?? null;
    const msg = redressNotice(lang, { decisionId: d.id, kind: r.kind, by: r.source, reasons: r.reasons, newActions: r.actions });
    await enqueue(tx, clock, { topic: 'trader.statement_update', subject: { type: 'trader', id: d.traderId }, payload: { decision_id: d.id, status: r.kind, language: msg.language, subject: msg.subject, text: msg.text } });
  }
  await appendEvents(tx, clock, events);
  return { redress_id: redressId, effect_required: effectRequired, strikes_withdrawn: withdrawn };
}

/** The marketplace confirms the restoration (or the lighter restriction) took effect; idempotent. */
export async function confirmRedressEffect(db: Db, clock: Clock, actor: Actor, decisionId: string, appliedAt?: Date) {
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(decisionRedress).where(eq(decisionRedress.decisionId, decisionId)).for('update');
    if (rows.length === 0) throw new DomainError('not_found', `no reversal or modification of decision ${decisionId}`);
    const latest = rows.sort((a, b) => b.at.getTime() - a.at.getTime())[0]!;
    if (latest.effectConfirmedAt) return { decision_id: decisionId, redress_id: latest.id, effect_confirmed_at: isoMs(latest.effectConfirmedAt), already: true };
    const at = appliedAt && appliedAt <= clock.now() && appliedAt >= latest.at ? appliedAt : clock.now();
    await tx.update(decisionRedress).set({ effectConfirmedAt: at }).where(eq(decisionRedress.id, latest.id));
    await appendEvents(tx, clock, [{ type: 'decision.redress_effect_confirmed', subject: { type: 'decision', id: decisionId }, actor, payload: { decision_id: decisionId, redress_id: latest.id, kind: latest.kind as 'reversed' | 'modified', effect_at: isoMs(at) } }]);
    return { decision_id: decisionId, redress_id: latest.id, effect_confirmed_at: isoMs(at), already: false, seconds_after_redress: (at.getTime() - latest.at.getTime()) / 1000 };
  });
}

/**
 * Restorations the marketplace has not confirmed in time are re-sent (same decision and redress
 * ids, so the receiver can de-duplicate), as decisions' restrictions are (CH-3: reversal
 * propagated everywhere, provably).
 */
export async function checkRedressDrift(db: Db, clock: Clock, timeoutMinutes: number): Promise<{ resent: number; overdue: string[] }> {
  const now = clock.now();
  const rows = await db.select({ r: decisionRedress, d: decision }).from(decisionRedress).innerJoin(decision, eq(decision.id, decisionRedress.decisionId))
    .where(and(eq(decisionRedress.effectRequired, true), isNull(decisionRedress.effectConfirmedAt), lt(decisionRedress.effectDueAt, now)));
  for (const { r, d } of rows) {
    await db.transaction(async (tx) => {
      await enqueue(tx, clock, {
        topic: r.kind === 'reversed' ? 'decision.reversed' : 'decision.modified', subject: { type: d.subjectKind, id: d.subjectId },
        payload: { decision_id: d.id, redress_id: r.id, by: r.source, restore: r.kind === 'reversed', restriction: r.restriction, territorial_scope: d.territorialScope, confirm_effect: true, resent: true },
      });
      await tx.update(decisionRedress).set({ effectDueAt: new Date(now.getTime() + timeoutMinutes * 60_000) }).where(eq(decisionRedress.id, r.id));
    });
  }
  return { resent: rows.length, overdue: rows.map((x) => x.d.id) };
}
