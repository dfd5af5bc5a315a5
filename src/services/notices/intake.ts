/**
 * Notice intake (Art. 16). Validation names every field at fault; once the 201 is sent the notice
 * is committed with its locations, evidence references, case links, ledger events and the
 * receipt confirmation in the outbox (NA-4) — one transaction, so nothing is lost. Notices that
 * arrive together share that transaction (group commit, see `NoticeBatcher`); the catalog lookups
 * run before it and the ledger's lock is taken last.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { eq, type SQL } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError, type ErrorDetail } from '../../core/errors.js';
import type { Actor, NewEvent, SourceType } from '../../core/events.js';
import { receiptMessage } from '../../core/notices/receipt-text.js';
import { isSubstantiated } from '../../core/notices/routing.js';
import type { Db } from '../../store/database.js';
import { appendEventsLocked, isoMs, ledgerLockSql, type HeadHint } from '../../store/ledger.js';
import { bulkInsertSql, insertTogether, type BulkColumn } from '../../store/bulk.js';
import { notice, noticeLocation, trustedFlagger } from '../../store/schema/index.js';
import { decodeEvidence, type EvidenceStore } from '../../integrations/evidence-store.js';
import { caseLinkInsert, planCaseFeedsBulk } from '../cases/feed-cases-bulk.js';
import { newSubjectOutboxInserts, type OutboxMessage } from '../outbox/outbox.js';
import { sha256 } from '../auth/tokens.js';
import { cachedResolver, type Subject } from './locations.js';
import { assertNotifierMayFile } from './misuse-check.js';
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

/** A notice checked and resolved, ready to be written with others in one transaction. */
interface PreparedNotice {
  deps: IntakeDeps;
  actor: Actor;
  input: NoticeInput;
  id: string;
  now: Date;
  token: string;
  idempotencyKey: string | null;
  flagger: { id: string; expertise: string[] } | null;
  sourceType: SourceType;
  subjects: Subject[];
  knowledgeAt: Date | null;
  stored: { name: string; bytes: Buffer; contentType: string; sha256: string }[];
}

export async function submitNotice(deps: IntakeDeps, actor: Actor, input: NoticeInput, opts: { idempotencyKey?: string; trustedFlaggerId?: string | null }): Promise<{ receipt: NoticeReceipt; created: boolean }> {
  const { db, clock } = deps;
  if (opts.idempotencyKey) {
    const [prior] = await db.select({ id: notice.id }).from(notice).where(eq(notice.idempotencyKey, opts.idempotencyKey));
    if (prior) return { receipt: await receiptOf(deps, prior.id), created: false };
  }
  const evidence = decodeEvidence(input.evidence);
  const problems = [...checkContact(input), ...evidence.problems];
  if (problems.length > 0) throw new DomainError('invalid_body', `invalid notice: ${problems.map((p) => `${p.path} ${p.problem}`).join('; ')}`, problems);
  // Art. 23(2), RO-2: a notifier suspended for misuse is refused (primary-key lookups, one statement
  // for the notices that arrive together; anonymous notices skip it).
  await assertNotifierMayFile(db, clock, input.notifier?.email);
  const stored = evidence.files.map((f) => ({ ...f, sha256: deps.evidence.put(f.bytes) }));

  let flagger: { id: string; expertise: string[] } | null = null;
  if (opts.trustedFlaggerId) {
    const [f] = await db.select().from(trustedFlagger).where(eq(trustedFlagger.id, opts.trustedFlaggerId));
    if (!f || f.status !== 'active') throw new DomainError('forbidden', 'this API key is not linked to an active trusted flagger');
    flagger = { id: f.id, expertise: f.expertiseCategories };
  }
  // Resolved before the transaction (items are only ever added), so the transaction holds no lock while reading the catalog.
  const resolve = resolverFor(db);
  const subjects = await Promise.all(input.locations.map((loc) => resolve(db, loc)));
  const id = randomUUID();
  const now = clock.now();
  const knowledgeAt = isSubstantiated({ explanation: input.explanation, resolvedLocations: subjects.filter((s) => s.resolved).length, goodFaith: input.good_faith }) ? now : null;
  const prepared: PreparedNotice = {
    deps, actor, input, id, now, token: statusToken(deps.secret, id), idempotencyKey: opts.idempotencyKey ?? null, flagger,
    sourceType: flagger ? 'SOURCE_TRUSTED_FLAGGER' : 'SOURCE_ARTICLE_16', subjects, knowledgeAt, stored,
  };
  const written = await batcherFor(db).submit(prepared);
  if (!written) {
    // A concurrent retry with the same idempotency key won.
    const [prior] = await db.select({ id: notice.id }).from(notice).where(eq(notice.idempotencyKey, opts.idempotencyKey!));
    return { receipt: await receiptOf(deps, prior!.id), created: false };
  }
  return {
    receipt: {
      id, reference: noticeReference(id), received_at: isoMs(now), locations: input.locations.length, case_ids: written.caseIds,
      status_url: statusUrl(deps, id, prepared.token), status_token: prepared.token, source_type: prepared.sourceType,
    },
    created: true,
  };
}

/** What became of one notice of a batch: written (its case ids), or null when its idempotency key was already taken. */
type Written = { caseIds: string[] } | null;

/**
 * Writes notices in one transaction: the notices, their locations and evidence references, the
 * cases they feed, the outbox messages (receipt confirmation, NA-4) and the ledger events, each
 * kind as one multi-row statement. Returns per notice its case ids, or null when its idempotency
 * key was already taken (nothing written for it).
 */
async function writeNotices(db: Db, clock: Clock, headHint: HeadHint, batch: PreparedNotice[]): Promise<Written[]> {
  return db.transaction(async (tx) => {
    const together: SQL[] = [];
    let live = batch;
    if (batch.some((p) => p.idempotencyKey)) {
      // A retry may race with its original: insert first and go on with the notices that got in.
      const inserted = await tx.insert(notice).values(batch.map(noticeRow)).onConflictDoNothing().returning({ id: notice.id });
      const createdIds = new Set(inserted.map((r) => r.id));
      live = batch.filter((p) => createdIds.has(p.id));
      if (live.length === 0) return batch.map(() => null);
    } else {
      together.push(bulkInsertSql('notice', NOTICE_COLUMNS, batch));
    }

    // One case feed per notice and distinct subject.
    const feeds: { p: PreparedNotice; key: string }[] = [];
    for (const p of live) {
      const seen = new Set<string>();
      for (const s of p.subjects) {
        const key = `${s.kind}:${s.id}`;
        if (!seen.has(key)) feeds.push({ p, key });
        seen.add(key);
      }
    }
    const planned = await planCaseFeedsBulk(tx, clock, feeds.map(({ p, key }) => {
      const s = p.subjects.find((x) => `${x.kind}:${x.id}` === key)!;
      return {
        actor: p.actor,
        feed: {
          subject: { kind: s.kind, id: s.id }, lane: p.flagger ? 'trusted_flagger' : 'standard', category: p.input.category ?? null,
          language: p.input.language ?? null, flaggerExpertise: p.flagger?.expertise, link: { kind: 'notice', refId: p.id }, knowledgeAt: p.knowledgeAt,
        },
      };
    }));
    const caseIds = new Map<string, Map<string, string>>(live.map((p) => [p.id, new Map()]));
    const caseEvents = new Map<string, NewEvent[]>(live.map((p) => [p.id, []]));
    feeds.forEach(({ p, key }, i) => {
      caseIds.get(p.id)!.set(key, planned.results[i]!.caseId);
      caseEvents.get(p.id)!.push(...planned.results[i]!.events);
    });

    const locations = live.flatMap((p) => p.subjects.map((s, position) => ({ p, s, position, caseId: caseIds.get(p.id)!.get(`${s.kind}:${s.id}`)! })));
    const files = live.flatMap((p) => p.stored.map((f) => ({ p, f, id: randomUUID() })));
    const events: NewEvent[] = [];
    const messages: OutboxMessage[] = [];
    for (const p of live) {
      const { input, id } = p;
      events.push({
        type: 'notice.received', subject: { type: 'notice', id }, actor: p.actor,
        payload: {
          notice_id: id, source_type: p.sourceType, category: input.category ?? null, keyword: input.keyword ?? null, item_count: input.locations.length,
          received_at: isoMs(p.now), knowledge_at: p.knowledgeAt ? isoMs(p.knowledgeAt) : null, trusted_flagger_id: p.flagger?.id ?? null,
        },
      }, ...caseEvents.get(id)!);
      if (input.notifier?.email) {
        const msg = receiptMessage(input.language, { reference: noticeReference(id), receivedAt: isoMs(p.now), locations: input.locations.length, statusUrl: statusUrl(p.deps, id, p.token) });
        messages.push({ topic: 'mail.notice_receipt', subject: { type: 'notice', id }, payload: { notice_id: id, to: input.notifier.email, subject: msg.subject, text: msg.text, language: msg.language } });
      }
      messages.push({ topic: 'notice.received', subject: { type: 'notice', id }, payload: { notice_id: id, source_type: p.sourceType, items: p.subjects.filter((s) => s.resolved).map((s) => ({ kind: s.kind, id: s.id })) } });
    }
    // Locations, case links, evidence references and outbox rows: independent inserts, one round trip,
    // which also takes the ledger's lock (last: it is then held for these inserts, the append and the commit only).
    together.push(caseLinkInsert(planned.links), ...newSubjectOutboxInserts(clock, messages));
    if (files.length > 0) together.push(bulkInsertSql('evidence_file', EVIDENCE_COLUMNS, files));
    together.push(bulkInsertSql('notice_location', LOCATION_COLUMNS, locations), ledgerLockSql());
    await insertTogether(tx, together);
    await appendEventsLocked(tx, clock, events, headHint);
    const liveIds = new Set(live.map((p) => p.id));
    return batch.map((p) => (liveIds.has(p.id) ? { caseIds: [...new Set(caseIds.get(p.id)!.values())] } : null));
  });
}

const noticeRow = (p: PreparedNotice) => ({
  id: p.id, idempotencyKey: p.idempotencyKey, sourceType: p.sourceType, trustedFlaggerId: p.flagger?.id ?? null, category: p.input.category ?? null,
  keyword: p.input.keyword ?? null, explanation: p.input.explanation, notifierName: p.input.notifier?.name ?? null, notifierEmail: p.input.notifier?.email ?? null,
  goodFaith: p.input.good_faith, memberStates: p.input.member_states ?? [], legalGround: p.input.legal_ground ?? null, language: p.input.language ?? null,
  status: 'received', statusTokenHash: sha256(p.token), receivedAt: p.now, knowledgeAt: p.knowledgeAt,
});

const NOTICE_COLUMNS: BulkColumn<PreparedNotice>[] = [
  { name: 'id', type: 'uuid', get: (p) => p.id },
  { name: 'idempotency_key', type: 'text', get: (p) => p.idempotencyKey },
  { name: 'source_type', type: 'text', get: (p) => p.sourceType },
  { name: 'trusted_flagger_id', type: 'text', get: (p) => p.flagger?.id ?? null },
  { name: 'category', type: 'text', get: (p) => p.input.category ?? null },
  { name: 'keyword', type: 'text', get: (p) => p.input.keyword ?? null },
  { name: 'explanation', type: 'text', get: (p) => p.input.explanation },
  { name: 'notifier_name', type: 'text', get: (p) => p.input.notifier?.name ?? null },
  { name: 'notifier_email', type: 'text', get: (p) => p.input.notifier?.email ?? null },
  { name: 'good_faith', type: 'bool', get: (p) => p.input.good_faith },
  { name: 'member_states', type: 'jsonb', get: (p) => p.input.member_states ?? [] },
  { name: 'legal_ground', type: 'text', get: (p) => p.input.legal_ground ?? null },
  { name: 'language', type: 'text', get: (p) => p.input.language ?? null },
  { name: 'status', type: 'text', get: () => 'received' },
  { name: 'status_token_hash', type: 'text', get: (p) => sha256(p.token) },
  { name: 'received_at', type: 'timestamptz', get: (p) => p.now },
  { name: 'knowledge_at', type: 'timestamptz', get: (p) => p.knowledgeAt },
];

const LOCATION_COLUMNS: BulkColumn<{ p: PreparedNotice; s: Subject; position: number; caseId: string }>[] = [
  { name: 'notice_id', type: 'uuid', get: (r) => r.p.id },
  { name: 'position', type: 'int', get: (r) => r.position },
  { name: 'url', type: 'text', get: (r) => r.p.input.locations[r.position]!.url ?? null },
  { name: 'item_kind', type: 'text', get: (r) => (r.s.resolved ? r.s.kind : null) },
  { name: 'item_id', type: 'text', get: (r) => (r.s.resolved ? r.s.id : null) },
  { name: 'case_id', type: 'uuid', get: (r) => r.caseId },
];

const EVIDENCE_COLUMNS: BulkColumn<{ p: PreparedNotice; f: PreparedNotice['stored'][number]; id: string }>[] = [
  { name: 'id', type: 'uuid', get: (r) => r.id },
  { name: 'owner_type', type: 'text', get: () => 'notice' },
  { name: 'owner_id', type: 'text', get: (r) => r.p.id },
  { name: 'sha256', type: 'text', get: (r) => r.f.sha256 },
  { name: 'content_type', type: 'text', get: (r) => r.f.contentType },
  { name: 'bytes', type: 'bigint', get: (r) => r.f.bytes.length },
  { name: 'file_name', type: 'text', get: (r) => r.f.name },
  { name: 'created_at', type: 'timestamptz', get: (r) => r.p.now },
];

/**
 * Group commit. Every notice would otherwise be its own transaction, each waiting in turn for the
 * ledger's lock and a commit; instead the notices that arrive while a transaction is running are
 * written together in the next one (at most `MAX_BATCH`), and each caller is answered only after
 * the transaction holding its notice committed. A batch that fails is retried one notice per
 * transaction, so one notice's error is that notice's alone.
 */
const MAX_BATCH = 64;
const IN_FLIGHT = 1;

class NoticeBatcher {
  private queue: { p: PreparedNotice; resolve(v: Written): void; reject(e: unknown): void }[] = [];
  private running = 0;
  private scheduled = false;
  /** Where the ledger ended after this batcher's last append (checked by each append). */
  private readonly headHint: HeadHint = { head: null };
  constructor(private readonly db: Db) {}

  submit(p: PreparedNotice): Promise<Written> {
    return new Promise((resolve, reject) => {
      this.queue.push({ p, resolve, reject });
      this.pump();
    });
  }

  /**
   * A batch begins one event-loop turn after the first notice that finds the batcher idle
   * (`setImmediate`), once the requests already read from their sockets have been handled: on
   * PGlite a whole transaction runs in microtasks, so a batch begun at once would take only the
   * notice that started it (measured: one notice per transaction under 16 clients). When a batch
   * ends and notices are waiting, the next begins at once: they came while it was written.
   */
  private pump(): void {
    if (this.scheduled || this.running >= IN_FLIGHT || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.start();
    });
  }

  private start(): void {
    while (this.running < IN_FLIGHT && this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.running += 1;
      void this.run(batch).finally(() => {
        this.running -= 1;
        this.start();
      });
    }
  }

  private async run(batch: NoticeBatcher['queue']): Promise<void> {
    try {
      const out = await writeNotices(this.db, batch[0]!.p.deps.clock, this.headHint, batch.map((b) => b.p));
      batch.forEach((b, i) => b.resolve(out[i]!));
    } catch (e) {
      if (batch.length === 1) return batch[0]!.reject(e);
      for (const b of batch) {
        try {
          b.resolve((await writeNotices(this.db, b.p.deps.clock, this.headHint, [b.p]))[0]!);
        } catch (e1) {
          b.reject(e1);
        }
      }
    }
  }
}

const batchers = new WeakMap<Db, NoticeBatcher>();
const resolvers = new WeakMap<Db, ReturnType<typeof cachedResolver>>();
function batcherFor(db: Db): NoticeBatcher {
  let b = batchers.get(db);
  if (!b) batchers.set(db, (b = new NoticeBatcher(db)));
  return b;
}
function resolverFor(db: Db): ReturnType<typeof cachedResolver> {
  let r = resolvers.get(db);
  if (!r) resolvers.set(db, (r = cachedResolver()));
  return r;
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
