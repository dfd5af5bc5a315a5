/**
 * The evidence package for the Digital Services Coordinator that awarded a trusted flagger its
 * status (Art. 22(6), TF-2): over a period, how many notices the flagger sent, how many were
 * decided and found unfounded (no action taken), within and outside its areas of expertise, the
 * decisions on the rest, decisions later reversed on redress, and examples of unfounded notices —
 * with ledger references, so the coordinator can have every figure checked against the
 * hash-chained record. No personal data: no notifier names or e-mail addresses, no trader
 * identities, and the notice explanations quoted in examples pass the personal-data scrubber.
 * The process around it is docs/trusted-flaggers.md.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { DomainError } from '../../core/errors.js';
import { crossesThreshold, unfoundedShare, type FlaggerReportThreshold } from '../../core/flaggers/threshold.js';
import { scrubText } from '../../core/privacy/scrubber.js';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';
import { decision, decisionRedress, ledgerEvent, notice, noticeLocation, trustedFlagger } from '../../store/schema/index.js';
import { noticeReference } from '../notices/intake.js';

export const REPORT_FORMAT = 'vigil.trusted-flagger-report/1';

export interface ReportOptions {
  from: Date;
  to: Date;
  /** Unfounded notices quoted as examples (newest first). */
  examples?: number;
  /** When the report is due (configuration: `Config.flaggerReportThreshold`). */
  threshold: FlaggerReportThreshold;
  now: Date;
}

const EXCERPT = 500;

export async function buildFlaggerReport(db: Db, flaggerId: string, o: ReportOptions) {
  if (!(o.from.getTime() < o.to.getTime())) throw new DomainError('invalid_query', 'the period must end after it starts', [{ path: 'to', problem: 'must be after from' }]);
  const [f] = await db.select().from(trustedFlagger).where(eq(trustedFlagger.id, flaggerId));
  if (!f) throw new DomainError('not_found', `trusted flagger ${flaggerId} not found`);
  const threshold = o.threshold;
  const inPeriod = and(eq(notice.trustedFlaggerId, flaggerId), gte(notice.receivedAt, o.from), lt(notice.receivedAt, o.to));
  const notices = await db.select({
    id: notice.id, category: notice.category, keyword: notice.keyword, explanation: notice.explanation, notifierName: notice.notifierName,
    receivedAt: notice.receivedAt, decidedAt: notice.decidedAt, outcome: notice.outcome, status: notice.status,
  }).from(notice).where(inPeriod).orderBy(asc(notice.receivedAt));

  const ids = notices.map((n) => n.id);
  const locations = ids.length ? await db.select().from(noticeLocation).where(inArray(noticeLocation.noticeId, ids)).orderBy(asc(noticeLocation.position)) : [];
  const caseIds = [...new Set(locations.map((l) => l.caseId).filter((c): c is string => !!c))];
  const decisions = caseIds.length ? await db.select({
    id: decision.id, caseId: decision.caseId, action: decision.action, ground: decision.ground, category: decision.category, decidedAt: decision.decidedAt,
    noticeIds: decision.noticeIds, status: decision.status, reversedAt: decision.reversedAt,
  }).from(decision).where(inArray(decision.caseId, caseIds)).orderBy(asc(decision.decidedAt)) : [];
  const redress = decisions.length ? await db.select({ decisionId: decisionRedress.decisionId, source: decisionRedress.source, kind: decisionRedress.kind, at: decisionRedress.at })
    .from(decisionRedress).where(inArray(decisionRedress.decisionId, decisions.map((d) => d.id))) : [];
  const decisionsOf = (noticeId: string) => decisions.filter((d) => d.noticeIds.includes(noticeId));

  const expertise = new Set(f.expertiseCategories);
  const decided = notices.filter((n) => n.decidedAt);
  const unfounded = decided.filter((n) => n.outcome === 'no_action');
  const share = unfoundedShare(decided.length, unfounded.length);
  const byCategory = new Map<string, { category: string | null; in_expertise: boolean; notices: number; decided: number; unfounded: number }>();
  for (const n of notices) {
    const k = n.category ?? '';
    const row = byCategory.get(k) ?? { category: n.category, in_expertise: !!n.category && expertise.has(n.category), notices: 0, decided: 0, unfounded: 0 };
    row.notices += 1;
    if (n.decidedAt) row.decided += 1;
    if (n.outcome === 'no_action') row.unfounded += 1;
    byCategory.set(k, row);
  }
  const acted = new Set(decided.filter((n) => n.outcome === 'action').map((n) => n.id));
  const reversed = redress.filter((r) => decisions.some((d) => d.id === r.decisionId && d.noticeIds.some((x) => acted.has(x))));

  // Ledger references: the notice's receipt and the decisions on it, by sequence number and hash.
  const examples = [...unfounded].reverse().slice(0, o.examples ?? 10);
  const refSubjects = [...examples.map((n) => n.id), ...examples.flatMap((n) => decisionsOf(n.id).map((d) => d.id))];
  const ledgerRows = refSubjects.length ? await db.select({ seq: ledgerEvent.seq, type: ledgerEvent.type, subjectType: ledgerEvent.subjectType, subjectId: ledgerEvent.subjectId, hash: ledgerEvent.hash, at: ledgerEvent.at })
    .from(ledgerEvent).where(and(inArray(ledgerEvent.subjectType, ['notice', 'decision']), inArray(ledgerEvent.subjectId, refSubjects))).orderBy(asc(ledgerEvent.seq)) : [];
  const refsOf = (subjectIds: string[]) => ledgerRows.filter((r) => subjectIds.includes(r.subjectId)).map((r) => ({ seq: r.seq, type: r.type, hash: r.hash, at: isoMs(r.at) }));
  const [head] = await db.select({ seq: ledgerEvent.seq, hash: ledgerEvent.hash }).from(ledgerEvent).orderBy(sql`${ledgerEvent.seq} DESC`).limit(1);

  const body = {
    format: REPORT_FORMAT,
    legal_basis: 'Regulation (EU) 2022/2065, Article 22(6)',
    generated_at: isoMs(o.now),
    period: { from: isoMs(o.from), to: isoMs(o.to) },
    flagger: { id: f.id, name: f.name, awarding_member_state: f.awardingMemberState, expertise_categories: f.expertiseCategories, status: f.status },
    counts: {
      notices: notices.length,
      decided: decided.length,
      pending: notices.length - decided.length,
      actioned: acted.size,
      unfounded: unfounded.length,
      unfounded_share: share,
      outside_expertise: notices.filter((n) => !n.category || !expertise.has(n.category)).length,
      decisions_reversed_on_redress: new Set(reversed.map((r) => r.decisionId)).size,
    },
    threshold: { min_decided: threshold.minDecided, unfounded_share: threshold.unfoundedShare, crossed: crossesThreshold(decided.length, unfounded.length, threshold) },
    by_category: [...byCategory.values()].sort((a, b) => b.notices - a.notices),
    unfounded_examples: examples.map((n) => {
      const items = locations.filter((l) => l.noticeId === n.id).map((l) => (l.itemKind ? { kind: l.itemKind, id: l.itemId } : { kind: 'unresolved', id: null }));
      const ds = decisionsOf(n.id);
      // The flagger's staff member may be named in the text; the scrubber removes contact data and that name.
      const excerpt = scrubText(n.explanation.slice(0, EXCERPT), { names: [n.notifierName] });
      return {
        notice_reference: noticeReference(n.id), notice_id: n.id, received_at: isoMs(n.receivedAt), decided_at: n.decidedAt ? isoMs(n.decidedAt) : null,
        category: n.category, keyword: n.keyword, in_expertise: !!n.category && expertise.has(n.category), items,
        explanation_excerpt: excerpt.text, explanation_truncated: n.explanation.length > EXCERPT,
        decisions: ds.map((d) => ({ id: d.id, action: d.action, ground: d.ground, category: d.category, decided_at: isoMs(d.decidedAt), status: d.status })),
        ledger: refsOf([n.id, ...ds.map((d) => d.id)]),
      };
    }),
    decisions: decisions.filter((d) => d.noticeIds.some((x) => ids.includes(x))).map((d) => ({
      id: d.id, action: d.action, ground: d.ground, category: d.category, decided_at: isoMs(d.decidedAt), status: d.status,
      notices: d.noticeIds.filter((x) => ids.includes(x)).map(noticeReference),
      redress: redress.filter((r) => r.decisionId === d.id).map((r) => ({ source: r.source, kind: r.kind, at: isoMs(r.at) })),
    })),
    ledger_head: head ? { seq: head.seq, hash: head.hash } : null,
  };
  const canonical = canonicalize(body) ?? '';
  return { ...body, package_sha256: createHash('sha256').update(canonical).digest('hex') };
}
