/** Shapes of the public notice API: what the form sends, the receipt, the notifier's status view. */
import type { ChosenCategory, ItemKind, MemberState } from '../domain/taxonomy.js';

export interface NoticeLocation {
  url?: string;
  item?: { kind: ItemKind; id: string };
}

export interface EvidenceUpload {
  file_name: string;
  data_base64: string;
}

/** `POST /api/v1/notices`: exactly the Art. 16(2) elements. */
export interface NoticeInput {
  locations: NoticeLocation[];
  explanation: string;
  notifier?: { name?: string; email?: string };
  good_faith: true;
  category?: ChosenCategory;
  member_states?: MemberState[];
  legal_ground?: string;
  language?: string;
  child_sexual_abuse?: boolean;
  evidence?: EvidenceUpload[];
}

export interface NoticeReceipt {
  id: string;
  reference: string;
  received_at: string;
  locations: number;
  case_ids: string[];
  status_url: string;
  status_token: string;
  source_type: string;
}

export type NoticeState = 'received' | 'decided';
export type NoticeOutcome = 'action' | 'no_action';

/** `GET /api/v1/notices/:id/status?token=`: the notifier's view, no other party's data. */
export interface NoticeStatus {
  reference: string;
  received_at: string;
  acknowledged_at: string | null;
  status: NoticeState | string;
  outcome: NoticeOutcome | null;
  decided_at: string | null;
  locations: number;
  language: string | null;
  /** The decisions that answered the notice (each can be complained about, Art. 20). */
  decision_ids?: string[];
}
