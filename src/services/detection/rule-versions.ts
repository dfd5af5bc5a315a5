/**
 * Rule sets in the database with versions (DET-6). Rule files are imported as a new draft
 * (validated first: a bad file is rejected with its path and reason and nothing changes), and a
 * draft goes live only when a second person, not its author, activates it. Activation retires the
 * previous version and queues a full-catalog rescan in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { RuleSet } from '../../detection/rules/evaluate.js';
import { compileRuleSet } from '../../detection/rules/rule-set.js';
import type { Rule, RuleFamily } from '../../detection/rules/types.js';
import { loadRuleFamilies } from '../../detection/rules/validate.js';
import type { Db } from '../../store/database.js';
import { rescanRun, ruleSetVersion } from '../../store/schema/index.js';

// Serialises version numbering across processes; distinct from the ids in store/database.ts LOCK_IDS.
const VERSION_LOCK = 7_301_101;

export type RuleSetRow = typeof ruleSetVersion.$inferSelect;
export interface RuleFile {
  name: string;
  text: string;
}

export const presentVersion = (r: RuleSetRow) => ({
  version: r.version, content_version: r.contentVersion, status: r.status, author: r.author, note: r.note,
  families: (r.families as RuleFamily[]).map((f) => ({ family: f.family, fail_mode: f.failMode, rules: f.rules.length })),
  rules: (r.families as RuleFamily[]).reduce((n, f) => n + f.rules.length, 0),
  shadow_rules: r.shadowRules, auto_act_rules: r.autoActRules, created_at: r.createdAt.toISOString(),
  activated_by: r.activatedBy, activated_at: r.activatedAt?.toISOString() ?? null, retired_at: r.retiredAt?.toISOString() ?? null,
});

/** Parses and validates rule files into a rule set; throws DomainError('invalid_body') listing `{ path, problem }`. */
export function compileFiles(files: readonly RuleFile[]): RuleSet {
  if (files.length === 0) throw new DomainError('invalid_body', 'no rule files given', [{ path: '(files)', problem: 'at least one rule file is needed' }]);
  const names = new Set<string>();
  for (const f of files) {
    if (!/^[A-Za-z0-9._-]+\.json$/.test(f.name)) throw new DomainError('invalid_body', `bad rule file name ${f.name}`, [{ path: f.name, problem: 'file names are NAME.json (letters, digits, . _ -)' }]);
    if (names.has(f.name)) throw new DomainError('invalid_body', `rule file ${f.name} given twice`, [{ path: f.name, problem: 'duplicate file name' }]);
    names.add(f.name);
  }
  return compileRuleSet(loadRuleFamilies([...files].sort((a, b) => a.name.localeCompare(b.name))));
}

/** Validated again on load: a row changed behind the service's back is refused, and the previous rules stay live. */
export const ruleSetFromRow = (r: Pick<RuleSetRow, 'families'>): RuleSet => {
  const families = Array.isArray(r.families) ? (r.families as RuleFamily[]) : [];
  return compileFiles(families.map((f, i) => ({ name: `${typeof f?.family === 'string' ? f.family.replace(/[^A-Za-z0-9._-]/g, '_') : `family-${i}`}.json`, text: JSON.stringify(f) })));
};

/** Stores validated rule files as the next draft version. */
export async function importDraft(db: Db, clock: Clock, author: string, files: readonly RuleFile[], note?: string | null): Promise<RuleSetRow> {
  const set = compileFiles(files);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${VERSION_LOCK})`);
    const [max] = await tx.select({ v: sql<number>`coalesce(max(${ruleSetVersion.version}), 0)::int` }).from(ruleSetVersion);
    const [row] = await tx.insert(ruleSetVersion).values({
      version: Number(max?.v ?? 0) + 1, families: set.families, contentVersion: set.version, status: 'draft', author, note: note ?? null,
      shadowRules: set.rules.filter((r) => r.shadow).map((r) => r.id), autoActRules: set.rules.filter((r) => r.autoAct).map((r) => r.id),
      createdAt: clock.now(),
    }).returning();
    return row!;
  });
}

export async function listVersions(db: Db): Promise<RuleSetRow[]> {
  return db.select().from(ruleSetVersion).orderBy(desc(ruleSetVersion.version));
}

export async function getVersion(db: Db, version: number): Promise<RuleSetRow> {
  const [row] = await db.select().from(ruleSetVersion).where(eq(ruleSetVersion.version, version));
  if (!row) throw new DomainError('not_found', `rule-set version ${version} not found`);
  return row;
}

export async function activeVersion(db: Db): Promise<RuleSetRow | null> {
  const [row] = await db.select().from(ruleSetVersion).where(eq(ruleSetVersion.status, 'active'));
  return row ?? null;
}

/** One file per family, as in rules/ (for review in git). */
export function exportFiles(row: Pick<RuleSetRow, 'families'>): RuleFile[] {
  return (row.families as RuleFamily[]).map((f) => ({ name: `${f.family}.json`, text: `${JSON.stringify(f, null, 2)}\n` }));
}

export interface RuleSetDiff {
  added: { id: string; version: number }[];
  removed: { id: string; version: number }[];
  changed: { id: string; from: number; to: number; fields: string[] }[];
  failModes: { family: string; from: string | null; to: string | null }[];
}

/** What changes between two rule sets, rule by rule (for review before activation). */
export function diffRuleSets(from: readonly RuleFamily[], to: readonly RuleFamily[]): RuleSetDiff {
  const index = (fs: readonly RuleFamily[]) => new Map(fs.flatMap((f) => f.rules.map((r) => [r.id, r] as const)));
  const a = index(from);
  const b = index(to);
  const diff: RuleSetDiff = { added: [], removed: [], changed: [], failModes: [] };
  for (const [id, r] of b) if (!a.has(id)) diff.added.push({ id, version: r.version });
  for (const [id, r] of a) if (!b.has(id)) diff.removed.push({ id, version: r.version });
  for (const [id, r] of b) {
    const old = a.get(id);
    if (!old) continue;
    const fields = (Object.keys({ ...old, ...r }) as (keyof Rule)[]).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(r[k]));
    if (fields.length) diff.changed.push({ id, from: old.version, to: r.version, fields });
  }
  const modes = (fs: readonly RuleFamily[]) => new Map(fs.map((f) => [f.family, f.failMode] as const));
  const ma = modes(from);
  const mb = modes(to);
  for (const fam of new Set([...ma.keys(), ...mb.keys()])) {
    if (ma.get(fam) !== mb.get(fam)) diff.failModes.push({ family: fam, from: ma.get(fam) ?? null, to: mb.get(fam) ?? null });
  }
  return diff;
}

/**
 * Activates a draft (four-eyes, DET-6): the author may not activate their own version. The active
 * version is retired and a full-catalog rescan is queued in the same transaction, so rules never
 * change without the catalog being re-screened.
 */
export async function activateVersion(db: Db, clock: Clock, activator: string, version: number): Promise<{ version: RuleSetRow; rescanId: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(ruleSetVersion).where(eq(ruleSetVersion.version, version)).for('update');
    if (!row) throw new DomainError('not_found', `rule-set version ${version} not found`);
    if (row.status !== 'draft') throw new DomainError('invalid_state', `version ${version} is ${row.status}; only a draft can be activated`);
    if (row.author === activator) {
      throw new DomainError('forbidden', `version ${version} was written by ${activator}; a second person must activate it`);
    }
    try {
      ruleSetFromRow(row);
    } catch (e) {
      throw new DomainError('invalid_state', `version ${version} no longer validates and cannot go live`, (e as { details?: { path: string; problem: string }[] }).details);
    }
    const now = clock.now();
    await tx.update(ruleSetVersion).set({ status: 'retired', retiredAt: now }).where(eq(ruleSetVersion.status, 'active'));
    const [active] = await tx.update(ruleSetVersion).set({ status: 'active', activatedBy: activator, activatedAt: now }).where(eq(ruleSetVersion.version, version)).returning();
    // An older rescan still queued or running is superseded by this one.
    await tx.update(rescanRun).set({ status: 'cancelled', finishedAt: now }).where(sql`${rescanRun.kind} = 'rescan' AND ${rescanRun.status} IN ('queued', 'running')`);
    const rescanId = randomUUID();
    await tx.insert(rescanRun).values({
      id: rescanId, kind: 'rescan', ruleSetVersion: version, status: 'queued', total: 0, processed: 0, changed: 0, summary: {}, requestedBy: activator, createdAt: now,
    });
    return { version: active!, rescanId };
  });
}
