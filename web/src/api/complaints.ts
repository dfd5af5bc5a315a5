/** Complaints (Art. 20) and out-of-court disputes (Art. 21): the types and calls the pages use. */
import { request } from './client.js';
import type { Page } from './types.js';

const enc = encodeURIComponent;

export type ComplaintRole = 'affected' | 'notifier';
export type ComplaintOutcome = 'upheld' | 'reversed' | 'modified';

export interface ComplaintContext {
  role: ComplaintRole;
  decision: { id: string; action: string; category: string; subject: { kind: string; id: string }; decided_at: string; status: string };
  informed_at: string;
  window_closes_at: string;
  window_last_day: string;
  window_open: boolean;
}

export interface ComplaintInput {
  decision_id: string;
  role: ComplaintRole;
  token: string;
  notice_id?: string;
  explanation: string;
  language: string;
  evidence?: { file_name: string; data_base64: string }[];
}

export interface ComplaintReceipt {
  id: string;
  reference: string;
  received_at: string;
  window_closes_at: string;
  status: string;
  status_url: string;
  status_token: string;
}

export interface OdsBody {
  id: string;
  name: string;
  member_states: string[];
  languages: string[];
  url: string;
  fee_note: string;
  certified_by?: string;
  fee_cents?: number | null;
  status?: string;
}

export interface ComplaintStatus {
  reference: string;
  status: string;
  received_at: string;
  outcome: ComplaintOutcome | null;
  reasons: string | null;
  decided_at: string | null;
  language: string;
  out_of_court: { url: string; bodies: OdsBody[] };
}

export interface ComplaintSummary {
  id: string;
  reference: string;
  decision_id: string;
  complainant_role: ComplaintRole;
  basis: string;
  category: string;
  detection_rule: string | null;
  status: 'open' | 'decided';
  received_at: string;
  window_closes_at: string;
  claimed_by: string | null;
  claim_expires_at: string | null;
  outcome: ComplaintOutcome | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface EvidenceFileRef {
  id: string;
  owner: string;
  file_name: string | null;
  content_type: string;
  bytes: number;
  sha256: string;
}

export interface HistoryEvent {
  seq: number;
  at: string;
  type: string;
  subject: string;
  actor: string;
  payload: Record<string, unknown>;
}

export interface ComplaintDetail extends ComplaintSummary {
  informed_at: string;
  original_decider: string;
  reasons: string | null;
  reviewer_qualification: string | null;
  manifestly_unfounded: boolean;
  decision: {
    id: string; case_id: string | null; subject: { kind: string; id: string }; trader_id: string | null; action: string; ground: string; legal_ground: string | null;
    clause: string | null; explanation: string; category: string; decided_by: string; second_reviewer: string | null; decided_at: string; status: string;
    automated_detection: boolean; automated_decision: string; territorial_scope: string[];
  } | null;
  statement: { puid: string; status: string; redress_status: string | null; trader_message: { text?: string; language?: string } } | null;
  complainant_side: { explanation: string; language: string; files: EvidenceFileRef[] };
  decision_side: {
    notices: { id: string; source_type: string; explanation: string; received_at: string; legal_ground: string | null; files: EvidenceFileRef[] }[];
    snapshots: { sha256: string; taken_at: string; content: Record<string, unknown> }[];
  };
  redress: { id: string; source: string; kind: string; at: string; effect_required: boolean; effect_confirmed_at: string | null }[];
  history: HistoryEvent[];
}

export interface ComplaintDecisionInput {
  outcome: ComplaintOutcome;
  reasons: string;
  qualification?: string;
  modification?: { actions: string[] };
  manifestly_unfounded?: { gravity: 'low' | 'medium' | 'high'; intent: 'none_identified' | 'suspected' | 'deliberate'; note: string };
}

export interface Dispute {
  id: string;
  body_id: string;
  body_reference: string;
  decision_id: string;
  complaint_id: string | null;
  recipient_role: ComplaintRole;
  received_at: string;
  due_at: string;
  extended: boolean;
  overdue: boolean;
  status: 'open' | 'decided' | 'refused';
  engagement: string;
  refusal_reason: string | null;
  outcome: string | null;
  outcome_summary: string | null;
  decided_at: string | null;
  implemented: boolean | null;
  implemented_at: string | null;
}

export interface DisputeDetail extends Dispute {
  body: OdsBody | null;
  engagement_steps: { kind: string; note: string; by: string; at: string }[];
  payments: { id: string; kind: string; payer: string; payee: string; amount_cents: number; currency: string; status: string; due_at: string | null; paid_at: string | null; reference: string | null }[];
}

export const complaintApi = {
  complaints: (status: string, cursor: string | null, signal?: AbortSignal) =>
    request<Page<ComplaintSummary>>('/complaints', { query: { status: status || undefined, cursor, limit: 25 }, signal }),
  complaint: (id: string, signal?: AbortSignal) => request<ComplaintDetail>(`/complaints/${enc(id)}`, { signal }),
  claim: (id: string) => request<{ claimed_by: string; claim_expires_at: string }>(`/complaints/${enc(id)}/claim`, { method: 'POST' }),
  release: (id: string) => request<void>(`/complaints/${enc(id)}/release`, { method: 'POST' }),
  decide: (id: string, input: ComplaintDecisionInput) => request<{ outcome: ComplaintOutcome; decided_at: string }>(`/complaints/${enc(id)}/decision`, { method: 'POST', body: input }),
  disputes: (status: string, signal?: AbortSignal) => request<{ items: Dispute[] }>('/disputes', { query: { status: status || undefined }, signal }),
  dispute: (id: string, signal?: AbortSignal) => request<DisputeDetail>(`/disputes/${enc(id)}`, { signal }),
  bodies: (signal?: AbortSignal) => request<{ items: OdsBody[] }>('/ods/bodies', { signal }),
  registerDispute: (input: { body_id: string; body_reference: string; decision_id: string; recipient_role: ComplaintRole; received_at?: string }) =>
    request<Dispute>('/disputes', { method: 'POST', body: input }),
  disputeStep: (id: string, input: { kind: 'engaged' | 'submission' | 'extended' | 'refused'; note: string; refusal_reason?: string; same_matter_ref?: string }) =>
    request<Dispute>(`/disputes/${enc(id)}/steps`, { method: 'POST', body: input }),
  disputeOutcome: (id: string, input: { outcome: string; summary: string; recipient_expenses_cents?: number }) =>
    request<Dispute>(`/disputes/${enc(id)}/outcome`, { method: 'POST', body: input }),
};

export const evidenceHref = (id: string): string => `/api/v1/evidence/${enc(id)}`;

export const complaintPublicApi = {
  context: (q: { decision_id: string; role: ComplaintRole; token: string; notice_id?: string }, signal?: AbortSignal) =>
    request<ComplaintContext>('/complaints/context', { query: q, signal, allowUnauthorized: true }),
  submit: (input: ComplaintInput, idempotencyKey: string) =>
    request<ComplaintReceipt>('/complaints', { method: 'POST', body: input, headers: { 'idempotency-key': idempotencyKey }, allowUnauthorized: true }),
  status: (id: string, token: string, signal?: AbortSignal) =>
    request<ComplaintStatus>(`/complaints/${enc(id)}/status`, { query: { token }, signal, allowUnauthorized: true }),
};
