/** Shapes of the case, decision and statement API as the reviewer screens use them. */
import type { ChosenCategory, DecisionAction, Keyword, MemberState } from '../domain/taxonomy.js';
import type { Listing, Trader } from './types.js';

export type CaseStatus = 'open' | 'escalated' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = ['open', 'escalated', 'closed'];
/** The queues cases are routed to (`standard:<language>` for standard notices with a language). */
export const KNOWN_QUEUES: readonly string[] = ['authority', 'trusted_flagger', 'standard', 'detection', 'escalated'];

export interface CaseSummary {
  id: string;
  subject: { kind: string; id: string };
  status: CaseStatus;
  queue: string;
  priority: number;
  category: string | null;
  language: string | null;
  opened_at: string;
  knowledge_at: string | null;
  due_at: string | null;
  /** `user:<id>` or `api_key:<id>`. */
  claimed_by: string | null;
  claim_expires_at: string | null;
  closed_at: string | null;
}

export interface CaseNotice {
  id: string;
  source_type: string;
  trusted_flagger_id: string | null;
  category: string | null;
  keyword: string | null;
  explanation: string;
  received_at: string;
  language: string | null;
  member_states: string[];
  legal_ground: string | null;
}

/** Why the second reviewer did not approve a severe decision (TC-4). */
export interface DecisionRejection {
  by: string;
  at: string;
  reason: string;
}

export interface CaseDecision {
  id: string;
  action: string;
  ground: string;
  category: string;
  decided_at: string;
  status: string;
  decided_by: string;
  second_reviewer: string | null;
  rejection: DecisionRejection | null;
}

export interface CaseDetail extends CaseSummary {
  item: Listing | null;
  trader: Trader | null;
  /** Newest first: the item as the buyer saw it when the case opened and when it was decided. */
  snapshots: { sha256: string; taken_at: string; content: Record<string, unknown> }[];
  links: { kind: string; ref_id: string; added_at: string }[];
  notices: CaseNotice[];
  decisions: CaseDecision[];
}

export interface CaseFilters {
  queue?: string;
  status?: CaseStatus;
}

export interface EvidenceFile {
  id: string;
  sha256: string;
  content_type: string;
  bytes: number;
  file_name: string;
}

/** `GET /api/v1/notices/:id`, the part the case view needs. */
export interface NoticeDetail {
  id: string;
  reference: string;
  notifier: { name: string | null; email: string | null };
  evidence: EvidenceFile[];
}

export interface ScreeningSignal {
  span: { field: string; start: number; end: number } | null;
  evidence: string;
  rule: string;
  category: string | null;
}

export interface Screening {
  signals: ScreeningSignal[];
}

/** `POST /api/v1/cases/:id/decisions`: what the statement of reasons needs (Art. 17(3)). */
export interface DecisionInput {
  actions: DecisionAction[];
  ground: 'illegal' | 'incompatible';
  legal_ground?: string;
  clause?: string;
  also_illegal?: boolean;
  explanation: string;
  reference_url?: string;
  category: ChosenCategory;
  keyword: Keyword;
  keyword_other?: string;
  territorial_scope: 'EU' | 'EEA' | MemberState[];
  end_date?: string;
  failed_attribute?: string;
  finding?: string;
  deceptive_high_volume?: boolean;
  threat_to_life_or_safety?: boolean;
  also_items?: { kind: 'listing'; id: string }[];
}

export type DecisionStatus = 'pending_approval' | 'pending_effect' | 'effective';

export interface DecisionResult {
  decision_ids: string[];
  status: DecisionStatus;
}

/** The statement as the trader receives it, in the trader's language. */
export interface TraderStatement {
  decisionId: string;
  language: string;
  subject: string;
  complaintUrl: string;
  sections: { element: string; heading: string; lines: string[] }[];
  text: string;
}

/** The statement in Transparency Database format: flat fields, values are strings, lists or `{ "EAN-13": … }`. */
export type TdbStatement = Record<string, unknown>;

export interface ClaimResult {
  case_id: string;
  claimed_by: string;
  claim_expires_at: string;
}

/** `GET /api/v1/decisions/:id`, the part the statement page shows. */
/** Where the statement stands with the Transparency Database, and where submissions go (Art. 24(5)). */
export interface StatementSubmission {
  puid: string;
  required: boolean;
  status: 'pending' | 'submitted' | 'rejected' | 'not_required' | string;
  attempts: number;
  submitted_at: string | null;
  tdb_uuid: string | null;
  last_error: string | null;
  target: 'configured' | 'not_configured' | 'local_sandbox_emulator';
}

export interface Decision {
  id: string;
  case_id: string | null;
  subject: { kind: string; id: string };
  action: string;
  ground: string;
  category: string;
  keyword: string;
  territorial_scope: string[];
  decided_at: string;
  ends_at: string | null;
  effect_due_at: string | null;
  effect_confirmed_at: string | null;
  status: string;
}
