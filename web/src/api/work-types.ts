/** Types of the case-work routes the console calls: cluster suggestions, second-reviewer approvals, Art. 18 reports. */

export type ClusterReason = 'same_trader' | 'same_image' | 'similar_text';

/** `GET /api/v1/cases/:id/cluster-candidates`: listings to consider deciding together with the case's. */
export interface ClusterCandidate {
  id: string;
  title: string;
  trader_id: string;
  visibility: string;
  reasons: ClusterReason[];
  similarity: number | null;
}

/** `GET /api/v1/decisions/pending-approval`: a severe decision waiting for a second reviewer. */
export interface PendingApproval {
  id: string;
  case_id: string | null;
  subject: { kind: string; id: string };
  trader_id: string | null;
  action: string;
  ground: string;
  legal_ground: string | null;
  clause: string | null;
  explanation: string;
  category: string;
  territorial_scope: string[];
  ends_at: string | null;
  decided_by: string;
  decided_at: string;
}

/** `POST /api/v1/cases/:id/authority-reports` (Art. 18). */
export interface AuthorityReportInput {
  authority: string;
  member_state: string;
  reason: string;
}

export interface AuthorityReportResult {
  id: string;
  forwarded_at: string;
}
