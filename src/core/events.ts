/**
 * The ledger's event catalogue. Every state change is one of these, appended in the same
 * transaction as the projection it changes. Payloads hold ids, enums, counts and timestamps — never
 * personal data (names, e-mails, free text written by people live in side tables referenced by id),
 * so erasure leaves the chain verifiable.
 *
 * Designed so every figure of the Commission's transparency-report templates (Implementing
 * Regulation (EU) 2024/2835) can be computed from events alone: source type, ground, category and
 * keyword, automation flags, and the timestamps of receipt, knowledge, decision, notification and
 * effect (see docs/LEDGER.md for the template-cell mapping).
 */

export const ACTOR_KINDS = ['human', 'automated', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Who caused an event. Automated actors carry the model/rule-set version that acted. */
export interface Actor {
  kind: ActorKind;
  id: string | null;
  modelVersion?: string | null;
}

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: 'vigil' };

export type SourceType = 'SOURCE_ARTICLE_16' | 'SOURCE_TRUSTED_FLAGGER' | 'SOURCE_TYPE_OTHER_NOTIFICATION' | 'SOURCE_VOLUNTARY';
export type DecisionGround = 'DECISION_GROUND_ILLEGAL_CONTENT' | 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
export type AutomatedDecision = 'AUTOMATED_DECISION_FULLY' | 'AUTOMATED_DECISION_PARTIALLY' | 'AUTOMATED_DECISION_NOT_AUTOMATED';

/** Payload of each event type. Times are ISO 8601 strings with millisecond precision. */
export interface EventPayloads {
  // Catalog ingest (issue: foundation)
  'trader.registered': { status: string; country: string | null };
  'trader.updated': { changed: string[]; status: string };
  'listing.created': {
    trader_id: string; version: number; source_version: number; content_hash: string;
    visibility: string; language: string | null; category_path: string[];
  };
  'listing.version_created': { version: number; source_version: number; content_hash: string; changed: string[] };
  'item.visibility_changed': { from: string; to: string; source_version: number; reported_by: 'marketplace' | 'decision' };
  'item.registered': { kind: string; trader_id: string | null; parent_kind: string | null; parent_id: string | null };
  'order.recorded': { listing_id: string; ordered_at: string };

  // Access control audit
  'user.created': { role: string };
  'api_key.created': { role: string; key_id: string };
  'api_key.revoked': { key_id: string };

  // Detection (DET-1): automated detection with rule and model versions in the actor.
  'detection.screened': { verdict: string; score: number; categories: string[]; rules: string[]; versions: Record<string, string> };

  // Notices, orders and decisions (Arts. 9, 16, 17, 22): receipt → knowledge → decision → notification → effect.
  'notice.received': {
    notice_id: string; source_type: SourceType; category: string | null; keyword: string | null;
    item_count: number; received_at: string; knowledge_at: string | null; trusted_flagger_id: string | null;
  };
  'notice.acknowledged': { notice_id: string; acknowledged_at: string };
  'case.opened': { subject_kind: string; subject_id: string; lane: string; queue: string; priority: number; knowledge_at: string | null; snapshot: string | null };
  'case.linked': { kind: 'notice' | 'detection' | 'order'; ref_id: string; knowledge_at: string | null };
  'case.claimed': { by: string; until: string };
  'case.released': { by: string };
  'case.escalated': { by: string; reason: string };
  'case.closed': { outcome: string; decision_ids: string[] };
  'escalation.forwarded': { case_id: string; member_state: string; forwarded_at: string | null };
  'authority_order.received': {
    order_id: string; kind: 'act' | 'information'; member_state: string; category: string | null;
    item_count: number; received_at: string;
  };
  'authority_order.acknowledged': { order_id: string; acknowledged_at: string };
  'authority_order.effect_given': { order_id: string; effect_at: string };
  'decision.taken': {
    decision_id: string; source_type: SourceType; ground: DecisionGround; category: string; keyword: string | null;
    visibility: string[]; monetary: string | null; provision: string | null; account: string | null;
    automated_detection: boolean; automated_decision: AutomatedDecision; territorial_scope: string[];
    received_at: string | null; knowledge_at: string | null; decided_at: string; applies_from: string;
    notice_ids: string[]; order_id: string | null;
  };
  'decision.notified': { decision_id: string; recipient_role: 'trader' | 'notifier' | 'authority'; notified_at: string };
  'decision.effect_confirmed': { decision_id: string; effect_at: string };
  'decision.reversed': { decision_id: string; reversed_at: string; by: 'complaint' | 'dispute' | 'reviewer' };
  /** A severe decision the second reviewer did not approve (TC-4): it never took effect; the case stays open. */
  'decision.approval_rejected': { decision_id: string; case_id: string | null; rejected_at: string };
  /** The reviewer who proposed it was told of the rejection (by mail; the reason stays on the decision and in the outbox). */
  'decision.rejection_notified': { decision_id: string; case_id: string | null; recipient_role: 'proposing_reviewer'; channel: 'mail'; notified_at: string };
  'statement.submitted': { decision_id: string; puid: string; submitted_at: string };
  /** The statement of a suspension or termination under the penalty policy (PUID = measure id) reached the Transparency Database. */
  'measure_statement.submitted': { action_id: string; puid: string; submitted_at: string };

  // Redress and enforcement (Arts. 20, 21, 23)
  'complaint.received': { complaint_id: string; decision_id: string; basis: string; complainant_role: 'affected' | 'notifier'; received_at: string };
  'complaint.decided': { complaint_id: string; outcome: 'upheld' | 'partially_reversed' | 'reversed' | 'omitted'; decided_at: string; notified_at: string | null };
  'complaint.claimed': { by: string; until: string };
  'decision.modified': { decision_id: string; modified_at: string; by: 'complaint' | 'dispute'; actions: string[]; visibility: string[] };
  'decision.redress_effect_confirmed': { decision_id: string; redress_id: string; kind: 'reversed' | 'modified'; effect_at: string };
  'statement.redress_status': { decision_id: string; status: 'reversed' | 'modified'; at: string };
  'ods_body.registered': { body_id: string; member_states: string[]; languages: string[]; fee_cents: number | null };
  'dispute.received': { dispute_id: string; decision_id: string; body_id: string; received_at: string };
  'dispute.engagement': { dispute_id: string; kind: 'engaged' | 'submission' | 'refused' | 'extended'; due_at: string; same_matter_ref: string | null };
  'dispute.decided': { dispute_id: string; outcome: 'upheld' | 'partially_reversed' | 'reversed' | 'omitted'; decided_at: string; implemented: boolean };
  'dispute.implemented': { dispute_id: string; decision_id: string; implemented_at: string };
  'dispute.payment': { dispute_id: string; payment_id: string; kind: string; payer: string; payee: string; amount_cents: number; currency: string; status: 'owed' | 'paid' };
  'misuse.flagged': { actor_type: 'notifier' | 'complainant'; ref_type: 'notice' | 'complaint'; ref_id: string; gravity: string; intent: string };
  'misuse.assessed': {
    actor_type: 'notifier' | 'complainant'; result: 'none' | 'warning' | 'suspension' | 'already_suspended'; unfounded: number; total: number;
    proportion: number; gravity: string; intent: string; window_days: number; suspended_until: string | null; policy_version: string;
  };
  'strike.recorded': { actor_type: string; actor_id: string; decision_id: string; points: number; severity: string; strike_id?: string; seq?: number; clause_id?: string; expires_at?: string };
  // Penalty policy (Art. 23(1); RO-1, RO-2, RO-4; docs/enforcement.md). Reasons in free text stay in the strike table.
  'strike.withdrawn': { actor_type: string; actor_id: string; decision_id: string; strike_id: string; withdrawn_at: string };
  'enforcement.measure_taken': {
    action_id: string; actor_type: string; actor_id: string; measure: 'warning' | 'suspension' | 'termination'; points: number;
    clause_id: string; trigger_seq: number; until: string | null; immediate: boolean; policy_version: string;
  };
  'enforcement.measure_lifted': { action_id: string; actor_type: string; actor_id: string; measure: string; reason: 'strikes_withdrawn' };
  'enforcement.effect_confirmed': { action_id: string; kind: 'measure' | 'lift'; effect_at: string };
  'enforcement.drift_found': { action_id: string | null; actor_type: string; actor_id: string; kind: 'unenforced' | 'unconfirmed' | 'still_visible'; resent: boolean };
  'terms.published': { version: string; effective_from: string; significant: boolean; clause_count: number; content_hash: string };
  'penalty_policy.activated': { version: string; terms_version: string };
  'suspension.enacted': { actor_type: string; actor_id: string; reason: 'manifestly_illegal_content' | 'manifestly_unfounded_notices' | 'manifestly_unfounded_complaints'; until: string | null };
}

export type EventType = keyof EventPayloads;

export interface Subject {
  type: string;
  id: string;
}

/** An event before the ledger gives it a place in the chain. */
export interface NewEvent<K extends EventType = EventType> {
  type: K;
  subject: Subject;
  actor: Actor;
  payload: EventPayloads[K];
  /** Defaults to the appender's clock. */
  at?: Date;
}

/** A chained ledger row as stored and hashed. */
export interface LedgerRecord {
  seq: number;
  id: string;
  type: string;
  subject_type: string;
  subject_id: string;
  actor_kind: ActorKind;
  actor_id: string | null;
  model_version: string | null;
  payload: unknown;
  at: string;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a row's hash covers, in the shape that is canonicalised (RFC 8785) and hashed. */
export function hashedFields(r: Omit<LedgerRecord, 'hash'>): Omit<LedgerRecord, 'hash'> {
  return {
    seq: r.seq, id: r.id, type: r.type, subject_type: r.subject_type, subject_id: r.subject_id,
    actor_kind: r.actor_kind, actor_id: r.actor_id, model_version: r.model_version,
    payload: r.payload, at: r.at, prev_hash: r.prev_hash,
  };
}
