/**
 * The detection engine of one process, kept in step with the database without a restart (DET-6):
 * at most every `pollMs` it reads the active rule-set version, the measured precision per rule
 * and officers' overrides, and the texts of removed listings (RO-6); a new active version is
 * swapped in with `ReloadableEngine.reload`, and a version that fails to load leaves the
 * previous rules live. Lexicons are loaded once per process and shared.
 */
import { eq, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { type DetectionEngine, withRules } from '../../detection/engine.js';
import { normalize } from '../../detection/normalize/normalize.js';
import type { RuleSet } from '../../detection/rules/evaluate.js';
import type { PrecisionStats } from '../../detection/rules/precision.js';
import type { ScreenContext } from '../../detection/screen.js';
import { parsePdqHex } from '../../detection/hashing/pdq-hash.js';
import { RelistImageIndex, RelistIndex } from '../../detection/signals/relist.js';
import type { Db } from '../../store/database.js';
import { ruleOverride, rulePrecision, ruleSetVersion } from '../../store/schema/index.js';
import { loadEngine } from './load-engine.js';
import { ReloadableEngine } from './reloadable-rules.js';
import { ruleSetFromRow } from './rule-versions.js';

const engines = new Map<string, DetectionEngine>();

/** The shipped-files engine for these own domains, built once per process (lexicons take ~1 s and ~150 MB). */
export function baseEngine(ownDomains: readonly string[]): DetectionEngine {
  const key = [...ownDomains].sort().join(',');
  let e = engines.get(key);
  if (!e) {
    e = loadEngine({ ownDomains });
    engines.set(key, e);
  }
  return e;
}

export interface RuntimeOptions {
  ownDomains: readonly string[];
  /** how often the active version and precision are re-read; 0 = on every call */
  pollMs: number;
  /** log sink for reload failures */
  onReloadError?: (version: number, error: unknown) => void;
}

export class DetectionRuntime {
  private live: ReloadableEngine | null = null;
  private version: number | null = null;
  private checkedAt = -Infinity;
  private precisionMap = new Map<string, PrecisionStats>();
  private relist = new RelistIndex();
  private relistImages: RelistImageIndex | null = null;
  private relistKey = '';
  private pending: Promise<void> | null = null;

  constructor(private readonly db: Db, private readonly clock: Clock, private readonly opts: RuntimeOptions) {}

  private get reloadable(): ReloadableEngine {
    this.live ??= new ReloadableEngine(baseEngine(this.opts.ownDomains));
    return this.live;
  }

  get engine(): DetectionEngine {
    return this.reloadable.engine;
  }

  /** the active database version, or null while the shipped rule files are live */
  get ruleSetVersion(): number | null {
    return this.version;
  }

  /** An engine with another rule set (backtests, rescans of a version not yet loaded here). */
  engineWith(rules: RuleSet): DetectionEngine {
    return withRules(baseEngine(this.opts.ownDomains), rules);
  }

  screenContext(): ScreenContext {
    // Always pass the precision map: a block then needs ruleMayAutoAct (DET-6), not just autoAct in the file.
    return { precision: this.precisionMap, relist: this.relist };
  }

  /** Removed listings' image hashes (RO-6), matched with the hash banks when a listing's images are screened. */
  relistImageIndex(): RelistImageIndex | null {
    return this.relistImages;
  }

  /** The model version recorded with every automated detection. */
  modelVersion(engine: DetectionEngine = this.engine, version: number | null = this.version): string {
    return `rules:${version ?? 'files'}/${engine.rules.version};engine:${engine.versions.engine};unicode:${engine.versions.unicode}`;
  }

  /** Re-reads the database at most every pollMs (call it before opening a transaction: PGlite has one connection). */
  async refresh(force = false): Promise<void> {
    if (!force && this.clock.now().getTime() - this.checkedAt < this.opts.pollMs) return;
    this.pending ??= this.load().finally(() => { this.pending = null; });
    await this.pending;
  }

  private async load(): Promise<void> {
    const [active] = await this.db.select({ version: ruleSetVersion.version }).from(ruleSetVersion).where(eq(ruleSetVersion.status, 'active'));
    const wanted = active?.version ?? null;
    if (wanted !== this.version) {
      if (wanted === null) {
        this.reloadable.reload(() => baseEngine(this.opts.ownDomains).rules);
        this.version = null;
      } else {
        const [row] = await this.db.select().from(ruleSetVersion).where(eq(ruleSetVersion.version, wanted));
        const r = row ? this.reloadable.reload(() => ruleSetFromRow(row)) : { ok: false as const, error: new Error('vanished') };
        if (r.ok) this.version = wanted;
        else this.opts.onReloadError?.(wanted, r.error);
      }
    }
    await this.loadPrecision();
    await this.loadRelist();
    this.checkedAt = this.clock.now().getTime();
  }

  private async loadPrecision(): Promise<void> {
    const stats = await this.db.select().from(rulePrecision);
    const overrides = await this.db.select().from(ruleOverride).where(isNull(ruleOverride.revokedAt));
    const byKey = new Map(stats.map((s) => [`${s.ruleId}@${s.ruleVersion}`, s]));
    const map = new Map<string, PrecisionStats>();
    for (const rule of this.engine.rules.rules) {
      const s = byKey.get(`${rule.id}@${rule.version}`);
      const o = overrides.filter((x) => x.ruleId === rule.id).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
      map.set(rule.id, { reviewedHits: s?.reviewedHits ?? 0, confirmedHits: s?.confirmedHits ?? 0, ...(o ? { override: { by: o.officer, reason: o.reason } } : {}) });
    }
    this.precisionMap = map;
  }

  /**
   * Removed listings' texts and image hashes for relisting detection (RO-6); rebuilt only when the
   * number of removed listings or of their finished image readings changes.
   */
  private async loadRelist(): Promise<void> {
    const removed = sql`SELECT DISTINCT d.subject_id AS id FROM decision d WHERE d.subject_kind = 'listing' AND d.status IN ('effective', 'pending_effect') AND d.visibility ?| array['DECISION_VISIBILITY_CONTENT_REMOVED','DECISION_VISIBILITY_CONTENT_DISABLED']`;
    const images = sql`SELECT e.listing_id AS id, e.result FROM detection_enrichment e WHERE e.kind = 'images' AND e.status = 'done' AND e.listing_id IN (${removed})`;
    const count = await this.db.execute(sql`SELECT (SELECT count(*)::int FROM (${removed}) r) AS n, (SELECT count(*)::int FROM (${images}) i) AS m`);
    const head = (count as unknown as { rows: { n: number; m: number }[] }).rows[0];
    const key = `${head?.n ?? 0}:${head?.m ?? 0}`;
    if (key === this.relistKey) return;
    const rows = await this.db.execute(sql`SELECT l.id, l.title, l.description FROM listing l WHERE l.id IN (${removed})`);
    const index = new RelistIndex();
    const table = this.engine.table;
    for (const r of (rows as unknown as { rows: { id: string; title: string; description: string | null }[] }).rows) {
      index.add(r.id, `${normalize(r.title, table).text} ${normalize(r.description ?? '', table).text}`.trim());
    }
    const hashes: { removedId: string; hash: ReturnType<typeof parsePdqHex> }[] = [];
    for (const r of ((await this.db.execute(images)) as unknown as { rows: { id: string; result: unknown }[] }).rows) {
      const results = typeof r.result === 'string' ? JSON.parse(r.result) as unknown : r.result;
      if (!Array.isArray(results)) continue;
      for (const img of results as { pdq?: { hash?: string } | null }[]) {
        if (typeof img?.pdq?.hash !== 'string') continue;
        try {
          hashes.push({ removedId: r.id, hash: parsePdqHex(img.pdq.hash) });
        } catch {
          // A stored hash that does not parse is skipped; the text side still works.
        }
      }
    }
    this.relist = index;
    this.relistImages = hashes.length ? RelistImageIndex.build(hashes) : null;
    this.relistKey = key;
  }
}
