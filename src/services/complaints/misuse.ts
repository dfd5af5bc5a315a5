/**
 * Misuse of notices and complaints (Art. 23(2)–(3), RO-1, RO-2). A reviewer flags a notice or a
 * complaint as manifestly unfounded; each flag re-assesses the person against the published policy
 * (src/core/complaints/misuse.ts): nothing, a warning first, or a suspension of the processing of
 * their notices and complaints for a set period. Intake reads one row by primary key.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { assessMisuse, MISUSE_POLICY, type Gravity, type Intent, type MisuseActorType } from '../../core/complaints/misuse.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { complaint, misuseAssessment, misuseFlag, misuseStanding, notice } from '../../store/schema/index.js';
import { enqueue } from '../outbox/outbox.js';
import { emailActorKey } from './tokens.js';

/** The suspension end for this person, or null: one primary-key lookup (the intake hot path). */
export async function suspendedUntil(db: Db, clock: Clock, actorType: MisuseActorType, actorKey: string): Promise<Date | null> {
  const [s] = await db.select({ until: misuseStanding.suspendedUntil }).from(misuseStanding)
    .where(and(eq(misuseStanding.actorType, actorType), eq(misuseStanding.actorKey, actorKey)));
  return s?.until && s.until > clock.now() ? s.until : null;
}

function suspendedError(actorType: MisuseActorType, until: Date, path: string): DomainError {
  const what = actorType === 'notifier' ? 'notices' : 'complaints';
  const day = until.toISOString().slice(0, 10);
  return new DomainError('submissions_suspended', `the processing of your ${what} is suspended for misuse until ${day} (Art. 23(2)); see the misuse policy at /api/v1/policies/misuse`,
    [{ path, problem: `suspended until ${isoMs(until)}` }]);
}

/** The refusal of a notifier whose notices are suspended until `until` (Art. 23(2)). */
export const notifierSuspendedError = (until: Date): DomainError => suspendedError('notifier', until, 'notifier.email');

/**
 * Notice intake in batches (Art. 23(2)): of these notifiers' misuse keys (`emailActorKey`), those
 * whose notices are suspended now, with the suspension's end. One statement for the whole batch.
 */
export async function suspendedNotifiers(db: Db, clock: Clock, actorKeys: string[]): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  if (actorKeys.length === 0) return out;
  const result = await db.execute(sql`SELECT actor_key, suspended_until FROM misuse_standing
    WHERE actor_type = 'notifier' AND actor_key = ANY(${sql.param([...new Set(actorKeys)])}::text[]) AND suspended_until > ${clock.now().toISOString()}::timestamptz`);
  for (const r of (result as unknown as { rows: { actor_key: string; suspended_until: string | Date }[] }).rows) out.set(r.actor_key, new Date(r.suspended_until));
  return out;
}

/** Notice intake (Art. 23(2)): refuses a notifier whose notices are suspended. Anonymous notices have no key. */
export async function assertNotifierNotSuspended(db: Db, clock: Clock, email: string | null | undefined): Promise<void> {
  if (!email) return;
  const until = await suspendedUntil(db, clock, 'notifier', emailActorKey(email));
  if (until) throw suspendedError('notifier', until, 'notifier.email');
}

export async function assertComplainantNotSuspended(db: Db, clock: Clock, actorKey: string): Promise<void> {
  const until = await suspendedUntil(db, clock, 'complainant', actorKey);
  if (until) throw suspendedError('complainant', until, 'complainant');
}

export interface MisuseFlagInput {
  actorType: MisuseActorType;
  actorKey: string;
  refType: 'notice' | 'complaint';
  refId: string;
  gravity: Gravity;
  intent: Intent;
  note: string;
  by: string;
  /** Where to send a warning or a suspension notice. */
  contact: { email?: string | null; traderId?: string | null };
}

/** Records the flag and re-assesses the person, in the caller's transaction. */
export async function flagMisuse(tx: Db, clock: Clock, actor: Actor, f: MisuseFlagInput) {
  const now = clock.now();
  const id = randomUUID();
  const inserted = await tx.insert(misuseFlag).values({
    id, actorType: f.actorType, actorKey: f.actorKey, refType: f.refType, refId: f.refId, gravity: f.gravity, intent: f.intent, note: f.note.slice(0, 2000), flaggedBy: f.by, at: now,
  }).onConflictDoNothing().returning({ id: misuseFlag.id });
  if (inserted.length === 0) throw new DomainError('conflict', `this ${f.refType} is already flagged as manifestly unfounded`);
  await appendEvents(tx, clock, [{ type: 'misuse.flagged', subject: { type: 'misuse_flag', id }, actor, payload: { actor_type: f.actorType, ref_type: f.refType, ref_id: f.refId, gravity: f.gravity, intent: f.intent } }]);
  return assessActor(tx, clock, actor, f.actorType, f.actorKey, f.contact);
}

async function totalInWindow(tx: Db, actorType: MisuseActorType, actorKey: string, email: string | null | undefined, from: Date): Promise<number> {
  if (actorType === 'complainant') {
    const [r] = await tx.select({ n: sql<number>`count(*)::int` }).from(complaint).where(and(eq(complaint.complainantKey, actorKey), gte(complaint.receivedAt, from)));
    return r?.n ?? 0;
  }
  if (!email) return 0;
  const [r] = await tx.select({ n: sql<number>`count(*)::int` }).from(notice).where(and(sql`lower(${notice.notifierEmail}) = ${email.trim().toLowerCase()}`, gte(notice.receivedAt, from)));
  return r?.n ?? 0;
}

export async function assessActor(tx: Db, clock: Clock, actor: Actor, actorType: MisuseActorType, actorKey: string, contact: { email?: string | null; traderId?: string | null }) {
  const now = clock.now();
  const from = new Date(now.getTime() - MISUSE_POLICY.windowDays * 86_400_000);
  const flags = await tx.select().from(misuseFlag).where(and(eq(misuseFlag.actorType, actorType), eq(misuseFlag.actorKey, actorKey), gte(misuseFlag.at, from)));
  const [standing] = await tx.select().from(misuseStanding).where(and(eq(misuseStanding.actorType, actorType), eq(misuseStanding.actorKey, actorKey))).for('update');
  const [prior] = await tx.select({ n: sql<number>`count(*)::int` }).from(misuseAssessment)
    .where(and(eq(misuseAssessment.actorKey, actorKey), eq(misuseAssessment.result, 'suspension')));
  const a = assessMisuse({
    now, totalInWindow: await totalInWindow(tx, actorType, actorKey, contact.email, from),
    flags: flags.map((x) => ({ at: x.at, gravity: x.gravity as Gravity, intent: x.intent as Intent })),
    standing: { warnedAt: standing?.warnedAt ?? null, suspendedUntil: standing?.suspendedUntil ?? null, priorSuspensions: prior?.n ?? 0 },
  });
  const id = randomUUID();
  await tx.insert(misuseAssessment).values({ id, actorType, actorKey, assessedAt: now, factors: { ...a.factors, reasons: a.reasons }, result: a.result, suspendedUntil: a.suspendedUntil, policyVersion: a.policyVersion });
  await appendEvents(tx, clock, [{
    type: 'misuse.assessed', subject: { type: 'misuse_assessment', id }, actor,
    payload: { actor_type: actorType, result: a.result, unfounded: a.factors.unfounded, total: a.factors.total, proportion: a.factors.proportion, gravity: a.factors.gravity, intent: a.factors.intent, window_days: a.factors.window_days, suspended_until: a.suspendedUntil ? isoMs(a.suspendedUntil) : null, policy_version: a.policyVersion },
  }]);
  const upsert = async (type: MisuseActorType, set: Partial<typeof misuseStanding.$inferInsert>) => {
    await tx.insert(misuseStanding).values({ actorType: type, actorKey, lastAssessmentId: id, ...set })
      .onConflictDoUpdate({ target: [misuseStanding.actorType, misuseStanding.actorKey], set: { lastAssessmentId: id, ...set } });
  };
  if (a.result === 'warning') {
    await upsert(actorType, { warnedAt: now });
    await tell(tx, clock, id, contact, 'warning', null, a.reasons);
  } else if (a.result === 'suspension' && a.suspendedUntil) {
    // Art. 23(2) suspends the processing of both notices and complaints from the person.
    for (const type of ['notifier', 'complainant'] as const) await upsert(type, { suspendedFrom: now, suspendedUntil: a.suspendedUntil });
    await appendEvents(tx, clock, [{
      type: 'suspension.enacted', subject: { type: 'misuse_assessment', id }, actor,
      payload: { actor_type: actorType, actor_id: id, reason: actorType === 'notifier' ? 'manifestly_unfounded_notices' : 'manifestly_unfounded_complaints', until: isoMs(a.suspendedUntil) },
    }]);
    await tell(tx, clock, id, contact, 'suspension', a.suspendedUntil, a.reasons);
  } else {
    await upsert(actorType, {});
  }
  return { assessment_id: id, result: a.result, factors: a.factors, reasons: a.reasons, suspended_until: a.suspendedUntil ? isoMs(a.suspendedUntil) : null, policy_version: a.policyVersion };
}

/** RO-2: the warning and the suspension each come with the reasons and the redress (a complaint). */
async function tell(tx: Db, clock: Clock, assessmentId: string, contact: { email?: string | null; traderId?: string | null }, kind: 'warning' | 'suspension', until: Date | null, reasons: string[]) {
  const subject = kind === 'warning' ? 'Warning: manifestly unfounded notices or complaints' : 'Processing of your notices and complaints is suspended';
  const text = [
    kind === 'warning'
      ? 'We found that you frequently submit manifestly unfounded notices or complaints. This is a warning under Art. 23(2) of the Digital Services Act: if it continues, we will suspend the processing of your notices and complaints for a set period.'
      : `We have suspended the processing of your notices and complaints until ${until!.toISOString().slice(0, 10)} (Art. 23(2) of the Digital Services Act), after an earlier warning.`,
    '', 'What we considered (Art. 23(3)):', ...reasons.map((r) => `- ${r}`), '',
    'Our misuse policy explains the facts we consider and the suspension periods. You can complain about this measure by replying to this message.',
  ].join('\n');
  if (contact.email) await enqueue(tx, clock, { topic: 'mail.misuse_notice', subject: { type: 'misuse_assessment', id: assessmentId }, payload: { to: contact.email, subject, text, language: 'en' } });
  else if (contact.traderId) await enqueue(tx, clock, { topic: 'trader.misuse_notice', subject: { type: 'trader', id: contact.traderId }, payload: { assessment_id: assessmentId, kind, until: until ? isoMs(until) : null, subject, text } });
}
