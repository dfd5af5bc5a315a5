/** One typed function per API route the app calls. */
import type { CaseDetail, CaseFilters, CaseSummary, ClaimResult, Decision, DecisionInput, DecisionResult, NoticeDetail, Screening, StatementSubmission, TdbStatement, TraderStatement } from './case-types.js';
import { request } from './client.js';
import type { NoticeInput, NoticeReceipt, NoticeStatus } from './notice-types.js';
import type { AuthorityReportInput, AuthorityReportResult, ClusterCandidate, PendingApproval } from './work-types.js';
import type { LedgerEvent, Listing, ListingFilters, ListingVersion, Page, Session, Trader, TraderFilters } from './types.js';

const PAGE_SIZE = 25;
const enc = encodeURIComponent;

export const api = {
  login: (email: string, password: string) =>
    request<Session>('/auth/login', { method: 'POST', body: { email, password }, allowUnauthorized: true }),
  me: (signal?: AbortSignal) => request<Session>('/auth/me', { signal, allowUnauthorized: true }),
  logout: () => request<void>('/auth/logout', { method: 'POST', allowUnauthorized: true }),

  listings: (f: ListingFilters, cursor: string | null, signal?: AbortSignal) =>
    request<Page<Listing>>('/listings', { query: { ...f, cursor, limit: PAGE_SIZE }, signal }),
  listing: (id: string, signal?: AbortSignal) => request<Listing>(`/listings/${enc(id)}`, { signal }),
  listingVersions: (id: string, signal?: AbortSignal) =>
    request<{ items: ListingVersion[] }>(`/listings/${enc(id)}/versions`, { signal }),
  screening: (id: string, signal?: AbortSignal) => request<Screening>(`/listings/${enc(id)}/screening`, { signal }),

  traders: (f: TraderFilters, cursor: string | null, signal?: AbortSignal) =>
    request<Page<Trader>>('/traders', { query: { ...f, cursor, limit: PAGE_SIZE }, signal }),
  trader: (id: string, signal?: AbortSignal) => request<Trader>(`/traders/${enc(id)}`, { signal }),

  ledger: (subject: string, cursor: string | null, signal?: AbortSignal) =>
    request<Page<LedgerEvent>>('/ledger', { query: { subject, cursor, limit: PAGE_SIZE }, signal }),

  cases: (f: CaseFilters, cursor: string | null, signal?: AbortSignal) =>
    request<Page<CaseSummary>>('/cases', { query: { ...f, cursor, limit: PAGE_SIZE }, signal }),
  case: (id: string, signal?: AbortSignal) => request<CaseDetail>(`/cases/${enc(id)}`, { signal }),
  claim: (id: string) => request<ClaimResult>(`/cases/${enc(id)}/claim`, { method: 'POST' }),
  release: (id: string) => request<void>(`/cases/${enc(id)}/release`, { method: 'POST' }),
  escalate: (id: string, reason: string) => request<void>(`/cases/${enc(id)}/escalate`, { method: 'POST', body: { reason } }),
  decide: (id: string, input: DecisionInput) => request<DecisionResult>(`/cases/${enc(id)}/decisions`, { method: 'POST', body: input }),
  notice: (id: string, signal?: AbortSignal) => request<NoticeDetail>(`/notices/${enc(id)}`, { signal }),
  decision: (id: string, signal?: AbortSignal) => request<Decision>(`/decisions/${enc(id)}`, { signal }),
  statement: (decisionId: string, signal?: AbortSignal) => request<TdbStatement>(`/statements/${enc(decisionId)}`, { signal }),
  traderStatement: (decisionId: string, signal?: AbortSignal) => request<TraderStatement>(`/statements/${enc(decisionId)}/trader`, { signal }),
  statementSubmission: (decisionId: string, signal?: AbortSignal) => request<StatementSubmission>(`/statements/${enc(decisionId)}/submission`, { signal }),
  clusterCandidates: (caseId: string, signal?: AbortSignal) => request<{ items: ClusterCandidate[] }>(`/cases/${enc(caseId)}/cluster-candidates`, { signal }),
  reportToAuthority: (caseId: string, input: AuthorityReportInput) => request<AuthorityReportResult>(`/cases/${enc(caseId)}/authority-reports`, { method: 'POST', body: input }),
  pendingApprovals: (signal?: AbortSignal) => request<{ items: PendingApproval[] }>('/decisions/pending-approval', { signal }),
  approveDecision: (id: string) => request<{ status: string }>(`/decisions/${enc(id)}/approve`, { method: 'POST' }),
  rejectDecision: (id: string, reason: string) => request<{ status: string }>(`/decisions/${enc(id)}/reject`, { method: 'POST', body: { reason } }),
};

/** The routes anyone may call, without a session. */
export const publicApi = {
  submitNotice: (input: NoticeInput, idempotencyKey: string) =>
    request<NoticeReceipt>('/notices', { method: 'POST', body: input, headers: { 'idempotency-key': idempotencyKey }, allowUnauthorized: true }),
  noticeStatus: (id: string, token: string, signal?: AbortSignal) =>
    request<NoticeStatus>(`/notices/${enc(id)}/status`, { query: { token }, signal, allowUnauthorized: true }),
};
