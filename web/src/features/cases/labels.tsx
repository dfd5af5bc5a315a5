/** Display names and badges for case and decision values. */
import type { CaseStatus } from '../../api/case-types.js';
import { isStatementCategory } from '../../domain/taxonomy.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';

const LANES = ['authority', 'trusted_flagger', 'standard', 'detection', 'escalated'] as const;

/** `standard:de` → "Standard notices (de)". */
export function queueLabel(queue: string): string {
  const [lane = '', lang] = queue.split(':');
  const known = (LANES as readonly string[]).includes(lane) ? t(`queue.lane.${lane}` as MessageKey) : lane;
  return lang ? `${known} (${lang})` : known;
}

const SUBJECT_KINDS = ['listing', 'store_page', 'review', 'ad', 'affiliate_link', 'livestream', 'url'] as const;

export function subjectLabel(subject: { kind: string; id: string }): string {
  const kind = (SUBJECT_KINDS as readonly string[]).includes(subject.kind) ? t(`subject.${subject.kind}` as MessageKey) : subject.kind;
  return `${kind} ${subject.id}`;
}

export const categoryLabel = (c: string | null): string | null => (c === null ? null : isStatementCategory(c) ? t(`category.${c}`) : c);

export function CaseStatusBadge({ value }: { value: CaseStatus }) {
  return <span className={`badge badge-case-${value}`}>{t(`case.status.${value}`)}</span>;
}

const DECISION_STATUSES = ['pending_approval', 'pending_effect', 'effective', 'rejected'] as const;

export function DecisionStatusBadge({ value }: { value: string }) {
  const known = (DECISION_STATUSES as readonly string[]).includes(value);
  return <span className={`badge badge-decision-${value}`}>{known ? t(`decision.status.${value}` as MessageKey) : value}</span>;
}

/** "You", or who holds the claim, with when it lapses. */
export function claimText(claimedBy: string | null, expires: string | null, userId: string): string | null {
  if (!claimedBy || (expires && new Date(expires).getTime() < Date.now())) return null;
  const who = claimedBy === `user:${userId}` ? t('case.claim.you') : claimedBy;
  return expires ? t('case.claim.until', { who, until: formatDateTime(expires) ?? expires }) : who;
}

/** The reference the notifier got (the API's N- plus the id's first eight characters). */
export const noticeReference = (id: string): string => `N-${id.slice(0, 8).toUpperCase()}`;
