/**
 * A notice is never lost once its 201 was sent (issue 4): notices are filed concurrently against a
 * real server process, the server is killed with SIGKILL mid-stream, and after a restart every
 * notice that got a 201 is there, with its private status link working.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, freePort, runVigil, startVigil, waitForHealth } from './support/child.js';
import { scratchPostgres } from './support/db.js';

describe(`notices survive SIGKILL (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let dir: string;
  let env: Record<string, string>;
  let child: ChildProcess | null = null;
  let dropDb: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vigil-notice-crash-'));
    env = { VIGIL_DATA_DIR: dir, VIGIL_WORKER: 'false', VIGIL_LOG_LEVEL: 'error', VIGIL_PUBLIC_RATE_LIMIT: '100000' };
    if (process.env.DATABASE_URL) {
      const db = await scratchPostgres();
      env.DATABASE_URL = db.url;
      dropDb = db.drop;
    }
    writeFileSync(path.join(dir, 't.ndjson'), '{"id":"T-1","display_name":"Shop"}\n');
    writeFileSync(path.join(dir, 'l.ndjson'), '{"id":"L-1","trader_id":"T-1","source_version":1,"title":"Pills"}\n');
    expect((await runVigil(['import', 'traders', path.join(dir, 't.ndjson'), '--quiet'], env)).code).toBe(0);
    expect((await runVigil(['import', 'listings', path.join(dir, 'l.ndjson'), '--quiet'], env)).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await dropDb?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every notice that was answered 201', async () => {
    const port = await freePort();
    child = startVigil(['serve'], { ...env, PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base);
    const accepted: { id: string; token: string }[] = [];
    let stop = false;
    const file = async (i: number) => {
      const res = await fetch(`${base}/api/v1/notices`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locations: [{ item: { kind: 'listing', id: 'L-1' } }], explanation: `Prescription drug sold without prescription (${i}).`, notifier: { name: 'N', email: `n${i}@example.org` }, good_faith: true }),
      });
      if (res.status === 201) {
        const r = (await res.json()) as { id: string; status_token: string };
        accepted.push({ id: r.id, token: r.status_token });
      }
    };
    const clients = Array.from({ length: 6 }, async (_, c) => {
      for (let i = c; !stop; i += 6) await file(i).catch(() => undefined);
    });
    while (accepted.length < 40) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    stop = true;
    await exited(child);
    await Promise.all(clients);
    expect(accepted.length).toBeGreaterThanOrEqual(40);

    const port2 = await freePort();
    child = startVigil(['serve'], { ...env, PORT: String(port2) });
    await waitForHealth(`http://127.0.0.1:${port2}`);
    for (const a of accepted) {
      const s = await fetch(`http://127.0.0.1:${port2}/api/v1/notices/${a.id}/status?token=${a.token}`);
      expect(s.status, `notice ${a.id} acknowledged with 201 was lost`).toBe(200);
    }
    child.kill('SIGTERM');
    await exited(child);
    const verify = await runVigil(['ledger', 'verify'], env);
    expect(JSON.parse(verify.stdout).ok).toBe(true);
  }, 180_000);
});
