/**
 * The feedback loop (DET-6): when a reviewer decides a case that a detection hit raised, the hit is
 * labelled — any action other than `no_action` on that listing confirms it, `no_action` makes it a
 * false positive — and the rule's measured precision (per rule version) is updated. A decision
 * later reversed (complaint, dispute) turns a confirmation into a false positive. Reads the
 * decision table only; the decisions service is not involved. `ruleMayAutoAct` then gates
 * automatic blocks: precision ≥ 0.98 over ≥ 200 reviewed hits, or an officer's recorded reason.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { DetectionEngine } from '../../detection/engine.js';
import { AUTO_ACT_MIN_PRECISION, AUTO_ACT_MIN_REVIEWED, ruleMayAutoAct } from '../../detection/rules/precision.js';
import type { Db } from '../../store/database.js';
import { ruleOverride, rulePrecision } from '../../store/schema/index.js';

type Row = { case_id: string; rule_id: string; rule_version: number; decision_id: string; action: string };
type Count = { rule_id: string; rule_version: number; reviewed: number; confirmed: number };

/** Labels up to `limit` hits whose case has a standing decision; safe with several workers (SKIP LOCKED). */
export async function labelDecidedHits(db: Db, clock: Clock, limit = 1000): Promise<{ labelled: number; reversed: number }> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const picked = (await tx.execute(sql`SELECT h.case_id, h.rule_id, h.rule_version, d.id AS decision_id, d.action
      FROM detection_hit h
      JOIN LATERAL (SELECT id, action FROM decision WHERE decision.case_id = h.case_id AND decision.subject_kind = 'listing'
        AND decision.subject_id = h.listing_id AND decision.status <> 'pending_approval' ORDER BY decided_at LIMIT 1) d ON TRUE
      WHERE h.label IS NULL ORDER BY h.created_at LIMIT ${limit} FOR UPDATE OF h SKIP LOCKED`)) as unknown as { rows: Row[] };
    const counts = new Map<string, Count>();
    const bump = (rule: string, version: number, reviewed: number, confirmed: number) => {
      const k = `${rule}@${version}`;
      const c = counts.get(k) ?? { rule_id: rule, rule_version: version, reviewed: 0, confirmed: 0 };
      c.reviewed += reviewed;
      c.confirmed += confirmed;
      counts.set(k, c);
    };
    for (const r of picked.rows) {
      const confirmed = !r.action.split('+').includes('no_action');
      await tx.execute(sql`UPDATE detection_hit SET label = ${confirmed ? 'confirmed' : 'false_positive'}, decision_id = ${r.decision_id}, labelled_at = ${now.toISOString()}::timestamptz
        WHERE case_id = ${r.case_id} AND rule_id = ${r.rule_id}`);
      bump(r.rule_id, r.rule_version, 1, confirmed ? 1 : 0);
    }
    // A restriction reversed on complaint or dispute was not a true hit after all (Arts. 20, 21).
    const reversed = (await tx.execute(sql`UPDATE detection_hit h SET label = 'false_positive', labelled_at = ${now.toISOString()}::timestamptz
      FROM decision d WHERE h.decision_id = d.id AND h.label = 'confirmed' AND d.reversed_at IS NOT NULL
      RETURNING h.rule_id, h.rule_version`)) as unknown as { rows: { rule_id: string; rule_version: number }[] };
    for (const r of reversed.rows) bump(r.rule_id, r.rule_version, 0, -1);
    for (const c of counts.values()) {
      await tx.insert(rulePrecision).values({ ruleId: c.rule_id, ruleVersion: c.rule_version, reviewedHits: c.reviewed, confirmedHits: Math.max(0, c.confirmed), updatedAt: now })
        .onConflictDoUpdate({
          target: [rulePrecision.ruleId, rulePrecision.ruleVersion],
          set: { reviewedHits: sql`${rulePrecision.reviewedHits} + ${c.reviewed}`, confirmedHits: sql`GREATEST(0, ${rulePrecision.confirmedHits} + ${c.confirmed})`, updatedAt: now },
        });
    }
    return { labelled: picked.rows.length, reversed: reversed.rows.length };
  });
}

/** A compliance officer's recorded reason to let a rule act below the gate (DET-6); replaces an earlier one. */
export async function recordOverride(db: Db, clock: Clock, officer: string, engine: DetectionEngine, ruleId: string, reason: string) {
  if (!engine.rules.rules.some((r) => r.id === ruleId)) throw new DomainError('not_found', `rule ${ruleId} is not in the live rule set`);
  if (reason.trim().length < 20) throw new DomainError('invalid_body', 'explain the override', [{ path: 'reason', problem: 'at least 20 characters' }]);
  return db.transaction(async (tx) => {
    const now = clock.now();
    await tx.update(ruleOverride).set({ revokedAt: now, revokedBy: officer }).where(and(eq(ruleOverride.ruleId, ruleId), isNull(ruleOverride.revokedAt)));
    const [row] = await tx.insert(ruleOverride).values({ id: randomUUID(), ruleId, reason: reason.trim(), officer, createdAt: now }).returning();
    return presentOverride(row!);
  });
}

export async function revokeOverride(db: Db, clock: Clock, officer: string, ruleId: string): Promise<void> {
  const r = await db.update(ruleOverride).set({ revokedAt: clock.now(), revokedBy: officer }).where(and(eq(ruleOverride.ruleId, ruleId), isNull(ruleOverride.revokedAt))).returning({ id: ruleOverride.id });
  if (r.length === 0) throw new DomainError('not_found', `no active override for rule ${ruleId}`);
}

const presentOverride = (o: typeof ruleOverride.$inferSelect) => ({
  id: o.id, rule_id: o.ruleId, reason: o.reason, officer: o.officer, created_at: o.createdAt.toISOString(),
  revoked_by: o.revokedBy, revoked_at: o.revokedAt?.toISOString() ?? null,
});

export async function listOverrides(db: Db) {
  return (await db.select().from(ruleOverride).orderBy(sql`${ruleOverride.createdAt} DESC`)).map(presentOverride);
}

/** Measured precision of every live rule and whether it may block on its own now. */
export async function precisionReport(db: Db, engine: DetectionEngine) {
  const stats = await db.select().from(rulePrecision);
  const overrides = await db.select().from(ruleOverride).where(isNull(ruleOverride.revokedAt));
  const byKey = new Map(stats.map((s) => [`${s.ruleId}@${s.ruleVersion}`, s]));
  return {
    gate: { min_precision: AUTO_ACT_MIN_PRECISION, min_reviewed_hits: AUTO_ACT_MIN_REVIEWED },
    rules: engine.rules.rules.map((r) => {
      const s = byKey.get(`${r.id}@${r.version}`);
      const o = overrides.find((x) => x.ruleId === r.id);
      const reviewed = s?.reviewedHits ?? 0;
      const confirmed = s?.confirmedHits ?? 0;
      return {
        rule_id: r.id, rule_version: r.version, action: r.action, auto_act: r.autoAct, shadow: r.shadow, reviewed_hits: reviewed, confirmed_hits: confirmed,
        precision: reviewed ? Math.round((confirmed / reviewed) * 10_000) / 10_000 : null,
        override: o ? { officer: o.officer, reason: o.reason, created_at: o.createdAt.toISOString() } : null,
        may_auto_act: r.autoAct && ruleMayAutoAct({ reviewedHits: reviewed, confirmedHits: confirmed, ...(o ? { override: { by: o.officer, reason: o.reason } } : {}) }),
      };
    }),
  };
}
