/**
 * PDQ hash banks in the database (DET-4): imported from CSV `hash,label,source` (bad lines are
 * reported with their line number and skipped), held in memory as a multi-index for matching,
 * and rebuilt only when the bank changes.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { matchPdqAgainstBank, parseHashBankCsv, parsePdqHex, pdqHashToHex, PdqIndex } from '../../detection/hashing/index.js';
import { isVigilCategory, type VigilCategory } from '../../detection/lexicons/categories.js';
import type { RelistImageIndex } from '../../detection/signals/relist.js';
import type { ImageHashMatch } from '../../detection/types.js';
import { bulkInsert, type BulkColumn } from '../../store/bulk.js';
import type { Db } from '../../store/database.js';

export interface HashImportReport {
  import_id: string;
  imported: number;
  skipped_duplicates: number;
  errors: { line: number; reason: string }[];
}

/** A label that names a Vigil category keeps it; any other banked image is a known-bad re-upload (RO-6). */
const categoryOf = (label: string): VigilCategory => {
  const l = label.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return isVigilCategory(l) ? l : 'relist';
};

type Row = { hash: string; label: string; source: string; category: string; importId: string; importedAt: Date };
const COLUMNS: BulkColumn<Row>[] = [
  { name: 'hash', type: 'text', get: (r) => r.hash },
  { name: 'label', type: 'text', get: (r) => r.label },
  { name: 'source', type: 'text', get: (r) => r.source },
  { name: 'category', type: 'text', get: (r) => r.category },
  { name: 'import_id', type: 'uuid', get: (r) => r.importId },
  { name: 'imported_at', type: 'timestamptz', get: (r) => r.importedAt },
];

export async function importHashBank(db: Db, clock: Clock, csv: string, defaultSource: string): Promise<HashImportReport> {
  const parsed = parseHashBankCsv(csv, { defaultSource });
  if (parsed.entries.length === 0 && parsed.errors.length > 0) {
    throw new DomainError('invalid_body', `no usable line in the hash bank (${parsed.errors.length} rejected)`,
      parsed.errors.slice(0, 50).map((e) => ({ path: `line ${e.line}`, problem: e.reason })));
  }
  const importId = randomUUID();
  const now = clock.now();
  const rows: Row[] = parsed.entries.map((e) => ({ hash: pdqHashToHex(e.hash), label: e.label, source: e.source || defaultSource, category: categoryOf(e.label), importId, importedAt: now }));
  let imported = 0;
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000);
      await bulkInsert(tx, 'hash_bank_entry', COLUMNS, chunk, sql`ON CONFLICT (hash, source) DO NOTHING`);
    }
    const r = await tx.execute(sql`SELECT count(*)::int AS n FROM hash_bank_entry WHERE import_id = ${importId}`);
    imported = Number((r as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  });
  return { import_id: importId, imported, skipped_duplicates: rows.length - imported, errors: parsed.errors };
}

export interface BankLookup {
  size: number;
  match(pdq: { hash: string; quality: number; dihedral?: Record<string, string>; alternate?: { hash: string; quality: number } }): ImageHashMatch[];
}

/** Loads the bank into a PdqIndex; cached until the number or newest id of entries changes. */
export class HashBankCache {
  private key = '';
  private current: BankLookup | null = null;

  async get(db: Db): Promise<BankLookup | null> {
    const r = await db.execute(sql`SELECT count(*)::int AS n, coalesce(max(id), 0)::bigint AS m FROM hash_bank_entry`);
    const head = (r as unknown as { rows: { n: number; m: string | number }[] }).rows[0];
    const key = `${head?.n ?? 0}:${head?.m ?? 0}`;
    if (key === this.key) return this.current;
    const rows = (await db.execute(sql`SELECT hash, label, source, category FROM hash_bank_entry`)) as unknown as { rows: { hash: string; label: string; source: string; category: string }[] };
    const categories = new Map<string, VigilCategory>();
    const index = PdqIndex.fromEntries(rows.rows.map((e) => {
      categories.set(`${e.label}\u0000${e.source}`, e.category as VigilCategory);
      return { hash: parsePdqHex(e.hash), label: e.label, source: e.source };
    }));
    this.current = rows.rows.length === 0 ? null : {
      size: rows.rows.length,
      match: (pdq) => {
        const res = matchPdqAgainstBank(index, pdq);
        return res.matches.map((m) => ({ label: m.label, source: m.source, distance: m.distance, category: categories.get(`${m.label}\u0000${m.source}`) ?? 'relist' }));
      },
    };
    this.key = key;
    return this.current;
  }
}

/** The hash banks plus removed listings' images (RO-6): one lookup for screening. */
export function withRelistImages(bank: BankLookup | null, images: RelistImageIndex | null | undefined): BankLookup | null {
  if (!images || images.size === 0) return bank;
  return { size: (bank?.size ?? 0) + images.size, match: (pdq) => [...(bank ? bank.match(pdq) : []), ...images.match(pdq)] };
}
