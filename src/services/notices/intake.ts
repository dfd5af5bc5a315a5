/**
 * Notice intake (Art. 16). Validation names every field at fault; once the 201 is sent the notice
 * is committed with its locations, evidence references, case links, ledger events and the
 * receipt confirmation in the outbox (NA-4) — one transaction, so nothing is lost.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError, type ErrorDetail } from '../../core/errors.js';
import type { Actor, NewEvent, SourceType } from '../../core/events.js';
import { receiptMessage } from '../../core/notices/receipt-text.js';
import { isSubstantiated } from '../../core/notices/routing.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { evidenceFile, notice, noticeLocation, trustedFlagger } from '../../store/schema/index.js';
import { checkEvidence, EVIDENCE_LIMITS, type EvidenceStore } from '../../integrations/evidence-store.js';
import { feedCase } from '../cases/open-case.js';
import { enqueue } from '../outbox/outbox.js';
import { sha256 } from '../auth/tokens.js';
import { assertNotifierNotSuspended } from '../complaints/misuse.js';
import { resolveLocation } from './locations.js';
import type { NoticeInput } from './schemas.js';

export interface IntakeDeps {
  db: Db;
  clock: Clock;
  evidence: EvidenceStore;
  secret: Buffer;
  publicUrl: string;
}

export interface NoticeReceipt {
  id: string;
  reference: string;
  received_at: string;
  locations: number;
  case_ids: string[];
  status_url: string;
  status_token: string;
  source_type: SourceType;
}

/** The private status link's token: derived, so a retried submission gets the same link back. */
export const statusToken = (secret: Buffer, noticeId: string): string => createHmac('sha256', secret).update(`notice-status:${noticeId}`).digest('base64url');
export const noticeReference = (id: string): string => `N-${id.slice(0, 8).toUpperCase()}`;

function checkContact(input: NoticeInput): ErrorDetail[] {
  // Art. 16(2)(c): name and e-mail, except for notices of child sexual abuse offences.
  if (input.child_sexual_abuse) return [];
  const out: ErrorDetail[] = [];
  if (!input.notifier?.name) out.push({ path: 'notifier.name', problem: 'is required (only notices of child sexual abuse material may be anonymous)' });
  if (!input.notifier?.email) out.push({ path: 'notifier.email', problem: 'is required (only notices of child sexual abuse material may be anonymous)' });
  return out;
}

function decodeEvidence(input: NoticeInput): { files: { name: string; bytes: Buffer; contentType: string }[]; problems: ErrorDetail[] } {
  const files: { name: string; bytes: Buffer; contentType: string }[] = [];
  const problems: ErrorDetail[] = [];
  (input.evidence ?? []).slice(0, EVIDENCE_LIMITS.maxFiles).forEach((e, i) => {
    const bytes = Buffer.from(e.data_base64, 'base64');
    const check = checkEvidence(bytes);
    if (!check.ok) problems.push({ path: `evidence.${i}`, problem: check.problem });
    else files.push({ name: e.file_name, bytes, contentType: check.contentType });
  });
  return { files, problems };
}

export async function submitNotice(deps: IntakeDeps, actor: Actor, input: NoticeInput, opts: { idempotencyKey?: string; trustedFlaggerId?: string | null }): Promise<{ receipt: NoticeReceipt; created: boolean }> {
  const { db, clock } = deps;
  if (opts.idempotencyKey) {
    const [prior] = await db.select().from(notice).where(eq(notice.idempotencyKey, opts.idempotencyKey));
    if (prior) return { receipt: await receiptOf(deps, prior.id), created: false };
  }
  const evidence = decodeEvidence(input);
  const problems = [...checkContact(input), ...evidence.problems];
  if (problems.length > 0) throw new DomainError('invalid_body', `invalid notice: ${problems.map((p) => `${p.path} ${p.problem}`).join('; ')}`, problems);
  // Art. 23(2), RO-2: a notifier suspended for misuse is refused (one primary-key lookup; anonymous notices skip it).
  await assertNotifierNotSuspended(db, clock, input.notifier?.email);
  const stored = evidence.files.map((f) => ({ ...f, sha256: deps.evidence.put(f.bytes) }));

  const id = randomUUID();
  const now = clock.now();
  const token = statusToken(deps.secret, id);
  const created = await db.transaction(async (tx) => {
    let flagger: { id: string; expertise: string[] } | null = null;
    if (opts.trustedFlaggerId) {
      const [f] = await tx.select().from(trustedFlagger).where(eq(trustedFlagger.id, opts.trustedFlaggerId));
      if (!f || f.status !== 'active') throw new DomainError('forbidden', 'this API key is not linked to an active trusted flagger');
      flagger = { id: f.id, expertise: f.expertiseCategories };
    }
    const sourceType: SourceType = flagger ? 'SOURCE_TRUSTED_FLAGGER' : 'SOURCE_ARTICLE_16';
    const subjects = [];
    for (const loc of input.locations) subjects.push(await resolveLocation(tx, loc));
    const knowledgeAt = isSubstantiated({ explanation: input.explanation, resolvedLocations: subjects.filter((s) => s.resolved).length, goodFaith: input.good_faith }) ? now : null;
    const inserted = await tx.insert(notice).values({
      id, idempotencyKey: opts.idempotencyKey ?? null, sourceType, trustedFlaggerId: flagger?.id ?? null, category: input.category ?? null,
      keyword: input.keyword ?? null, explanation: input.explanation, notifierName: input.notifier?.name ?? null, notifierEmail: input.notifier?.email ?? null,
      goodFaith: input.good_faith, memberStates: input.member_states ?? [], legalGround: input.legal_ground ?? null, language: input.language ?? null,
      status: 'received', statusTokenHash: sha256(token), receivedAt: now, knowledgeAt,
    }).onConflictDoNothing().returning({ id: notice.id });
    if (inserted.length === 0) return false; // a concurrent retry with the same idempotency key won
    const events: NewEvent[] = [];
    const caseIds = new Map<string, string>();
    for (const [position, s] of subjects.entries()) {
      const key = `${s.kind}:${s.id}`;
      if (!caseIds.has(key)) {
        const fed = await feedCase(tx, clock, actor, {
          subject: { kind: s.kind, id: s.id }, lane: flagger ? 'trusted_flagger' : 'standard', category: input.category ?? null,
          language: input.language ?? null, flaggerExpertise: flagger?.expertise, link: { kind: 'notice', refId: id }, knowledgeAt,
        });
        caseIds.set(key, fed.caseId);
        events.push(...fed.events);
      }
      await tx.insert(noticeLocation).values({ noticeId: id, position, url: input.locations[position]!.url ?? null, itemKind: s.resolved ? s.kind : null, itemId: s.resolved ? s.id : null, caseId: caseIds.get(key)! });
    }
    for (const f of stored) {
      await tx.insert(evidenceFile).values({ id: randomUUID(), ownerType: 'notice', ownerId: id, sha256: f.sha256, contentType: f.contentType, bytes: f.bytes.length, fileName: f.name, createdAt: now });
    }
    events.unshift({
      type: 'notice.received', subject: { type: 'notice', id }, actor,
      payload: {
        notice_id: id, source_type: sourceType, category: input.category ?? null, keyword: input.keyword ?? null, item_count: input.locations.length,
        received_at: isoMs(now), knowledge_at: knowledgeAt ? isoMs(knowledgeAt) : null, trusted_flagger_id: flagger?.id ?? null,
      },
    });
    if (input.notifier?.email) {
      const msg = receiptMessage(input.language, { reference: noticeReference(id), receivedAt: isoMs(now), locations: input.locations.length, statusUrl: statusUrl(deps, id, token) });
      await enqueue(tx, clock, { topic: 'mail.notice_receipt', subject: { type: 'notice', id }, payload: { notice_id: id, to: input.notifier.email, subject: msg.subject, text: msg.text, language: msg.language } });
    }
    await enqueue(tx, clock, { topic: 'notice.received', subject: { type: 'notice', id }, payload: { notice_id: id, source_type: sourceType, items: subjects.filter((s) => s.resolved).map((s) => ({ kind: s.kind, id: s.id })) } });
    // Last: the ledger's lock is then held only for the append and the commit.
    await appendEvents(tx, clock, events);
    return true;
  });
  if (!created && opts.idempotencyKey) {
    const [prior] = await db.select({ id: notice.id }).from(notice).where(eq(notice.idempotencyKey, opts.idempotencyKey));
    return { receipt: await receiptOf(deps, prior!.id), created: false };
  }
  return { receipt: await receiptOf(deps, id), created: true };
}

const statusUrl = (deps: IntakeDeps, id: string, token: string) => `${deps.publicUrl.replace(/\/$/, '')}/notices/status/${id}?token=${token}`;

export async function receiptOf(deps: IntakeDeps, id: string): Promise<NoticeReceipt> {
  const [n] = await deps.db.select().from(notice).where(eq(notice.id, id));
  if (!n) throw new DomainError('not_found', `notice ${id} not found`);
  const locs = await deps.db.select().from(noticeLocation).where(eq(noticeLocation.noticeId, id));
  const token = statusToken(deps.secret, id);
  return {
    id, reference: noticeReference(id), received_at: isoMs(n.receivedAt), locations: locs.length,
    case_ids: [...new Set(locs.map((l) => l.caseId).filter((c): c is string => !!c))], status_url: statusUrl(deps, id, token), status_token: token,
    source_type: n.sourceType as SourceType,
  };
}
