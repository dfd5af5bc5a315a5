/**
 * Multi-row inserts as one statement with one array parameter per column
 * (`INSERT … SELECT * FROM unnest($1::text[], …)`): a constant number of bind parameters and one
 * parse, however many rows — measurably faster than multi-row VALUES on both engines (bench/ingest).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './database.js';

export type PgType = 'text' | 'int' | 'bigint' | 'float8' | 'bool' | 'timestamptz' | 'jsonb' | 'uuid';

export interface BulkColumn<R> {
  name: string;
  type: PgType;
  get(row: R): unknown;
  /**
   * jsonb only: the rows share a few values (e.g. the versions of one engine), so each distinct
   * value is sent and parsed once and rows pick theirs by index.
   */
  shared?: boolean;
}

const toParam = (type: PgType, v: unknown): unknown => {
  if (v === null || v === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(v);
  if (type === 'timestamptz' && v instanceof Date) return v.toISOString();
  return v;
};

/** The `INSERT … SELECT … FROM unnest(…)` statement for `rows` (`bulkInsert` runs it; `insertTogether` combines several). */
export function bulkInsertSql<R>(table: string, columns: BulkColumn<R>[], rows: R[], conflict?: SQL): SQL {
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
  return sql`INSERT INTO ${sql.raw(`"${table}"`)} (${names}) ${bulkRowsSql(columns, rows)} ${conflict ?? sql``}`;
}

/**
 * The rows as a `SELECT` with one typed, named column per `columns` entry (the source of
 * `bulkInsertSql`; usable as a CTE when one batch feeds several tables).
 */
export function bulkRowsSql<R>(columns: BulkColumn<R>[], rows: R[]): SQL {
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
  const shared = new Map<BulkColumn<R>, { values: string[]; index: (number | null)[] }>();
  for (const c of columns) if (c.shared && c.type === 'jsonb') shared.set(c, sharedValues(rows, c));
  // jsonb travels as text[] (arrays of jsonb are not a thing drivers serialise reliably), cast per column;
  // a shared column as one jsonb array of its distinct values and an index per row.
  const selects = sql.join(columns.map((c) => {
    const s = shared.get(c);
    if (s) return sql`(${`[${s.values.join(',')}]`}::jsonb -> ${sql.raw(`"${c.name}"`)}) AS ${sql.raw(`"${c.name}"`)}`;
    return sql.raw(c.type === 'jsonb' ? `"${c.name}"::jsonb AS "${c.name}"` : `"${c.name}"`);
  }), sql`, `);
  const arrays = sql.join(
    columns.map((c) => {
      const s = shared.get(c);
      if (s) return sql`${sql.param(s.index)}::int[]`;
      return sql`${sql.param(rows.map((r) => toParam(c.type, c.get(r))))}::${sql.raw(c.type === 'jsonb' ? 'text' : c.type)}[]`;
    }),
    sql`, `,
  );
  return sql`SELECT ${selects} FROM unnest(${arrays}) AS t(${names})`;
}

/** The distinct JSON texts of a shared column and each row's index into them (null stays SQL NULL). */
function sharedValues<R>(rows: R[], c: BulkColumn<R>): { values: string[]; index: (number | null)[] } {
  const values: string[] = [];
  const seen = new Map<unknown, number>();
  const byText = new Map<string, number>();
  const index = rows.map((r) => {
    const v = c.get(r);
    if (v === null || v === undefined) return null;
    // Rows usually share the very object: look it up by reference before serialising it.
    let i = seen.get(v);
    if (i === undefined) {
      const text = JSON.stringify(v);
      i = byText.get(text);
      if (i === undefined) {
        i = values.length;
        values.push(text);
        byText.set(text, i);
      }
      if (typeof v === 'object') seen.set(v, i);
    }
    return i;
  });
  return { values, index };
}

/** Inserts `rows` into `table`; `conflict` is appended verbatim (e.g. `ON CONFLICT (id) DO UPDATE SET …`). */
export async function bulkInsert<R>(tx: Db, table: string, columns: BulkColumn<R>[], rows: R[], conflict?: SQL): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(bulkInsertSql(table, columns, rows, conflict));
}

/**
 * Several data-modifying statements in one round trip: all but the last become `WITH` items of
 * the last. They run on one snapshot, so none may read what another writes (independent inserts,
 * or a child row whose parent is inserted in the same statement: foreign keys are checked at its end).
 */
export async function insertTogether(tx: Db, statements: SQL[]): Promise<void> {
  if (statements.length === 0) return;
  const last = statements[statements.length - 1]!;
  const withs = statements.slice(0, -1).map((s, i) => sql`${sql.raw(`w${i}`)} AS (${s})`);
  await tx.execute(withs.length > 0 ? sql`WITH ${sql.join(withs, sql`, `)} ${last}` : last);
}
