import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { ENGINES, openTestStore, type TestStore } from '../../test/support/db.js';
import { bulkInsert, bulkRowsSql, type BulkColumn } from './bulk.js';

interface Row { id: number; doc: unknown; tag: string | null }
const SHARED: BulkColumn<Row>[] = [
  { name: 'id', type: 'int', get: (r) => r.id },
  { name: 'doc', type: 'jsonb', get: (r) => r.doc, shared: true },
  { name: 'tag', type: 'text', get: (r) => r.tag },
];

describe.each(ENGINES)('bulk inserts on %s', (engine) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(engine);
    await store.query('CREATE TABLE bulk_probe (id int PRIMARY KEY, doc jsonb, tag text)');
  }, 60_000);
  afterAll(async () => store?.close());

  it('sends a shared jsonb value once and gives every row its own value back', async () => {
    const a = { engine: '1.0.0', lexicons: { x: '1', 'y"z': 'ü' } };
    const rows: Row[] = [
      { id: 1, doc: a, tag: 'a' }, { id: 2, doc: a, tag: null }, { id: 3, doc: { ...a }, tag: 'copy' }, { id: 4, doc: null, tag: 'none' },
      { id: 5, doc: ['list', 2], tag: 'b' }, { id: 6, doc: 'text', tag: 'c' }, { id: 7, doc: a, tag: 'a' },
    ];
    const text = JSON.stringify(new PgDialect().sqlToQuery(bulkRowsSql(SHARED, rows)).params);
    // The object appears once among the parameters, however many rows carry it.
    expect(text.split('lexicons').length - 1).toBe(1);
    await bulkInsert(store.db, 'bulk_probe', SHARED, rows);
    const back = await store.query<{ id: number; doc: unknown; tag: string | null }>('SELECT id, doc, tag FROM bulk_probe ORDER BY id');
    expect(back.rows).toEqual(rows);
    expect((await store.query<{ n: number }>('SELECT count(*)::int AS n FROM bulk_probe WHERE doc IS NULL')).rows).toEqual([{ n: 1 }]);
  });

  it('serves as the source of several inserts in one statement', async () => {
    await store.db.execute(sql`WITH t AS MATERIALIZED (${bulkRowsSql(SHARED, [{ id: 10, doc: { k: 1 }, tag: 'x' }, { id: 11, doc: { k: 1 }, tag: 'y' }])}),
      a AS (INSERT INTO bulk_probe (id, doc, tag) SELECT id, doc, tag FROM t)
      INSERT INTO bulk_probe (id, doc, tag) SELECT id + 100, doc, tag FROM t`);
    const back = await store.query<{ id: number; doc: unknown }>('SELECT id, doc FROM bulk_probe WHERE id >= 10 ORDER BY id');
    expect(back.rows).toEqual([{ id: 10, doc: { k: 1 } }, { id: 11, doc: { k: 1 } }, { id: 110, doc: { k: 1 } }, { id: 111, doc: { k: 1 } }]);
  });
});
