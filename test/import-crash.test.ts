/**
 * Killing the server during an import loses no line it acknowledged, and re-running the import
 * finishes it without duplicates — with a real child process and SIGKILL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, freePort, runVigil, startVigil, waitForHealth } from './support/child.js';
import { scratchPostgres } from './support/db.js';

const N = 8_000;
const lines = Array.from({ length: N }, (_, i) => JSON.stringify({ id: `K-${String(i).padStart(6, '0')}`, trader_id: 'T-1', source_version: 1, title: `Crash test item ${i}`, price: 5 + (i % 50), language: 'en' })).join('\n') + '\n';

// Runs on the embedded database, and on PostgreSQL too when DATABASE_URL is set.
describe(`import survives SIGKILL (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let dir: string;
  let env: Record<string, string>;
  let key: string;
  let child: ChildProcess | null = null;
  let dropDb: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vigil-crash-'));
    env = { VIGIL_DATA_DIR: dir, VIGIL_WORKER: 'false', VIGIL_LOG_LEVEL: 'error' };
    if (process.env.DATABASE_URL) {
      const db = await scratchPostgres();
      env.DATABASE_URL = db.url;
      dropDb = db.drop;
    }
    writeFileSync(path.join(dir, 'traders.ndjson'), '{"id":"T-1","display_name":"Crash Test Trader"}\n');
    writeFileSync(path.join(dir, 'listings.ndjson'), lines);
    const t = await runVigil(['import', 'traders', path.join(dir, 'traders.ndjson'), '--quiet'], env);
    expect(t.code, t.stderr).toBe(0);
    const k = await runVigil(['keys', 'create', '--name', 'crash', '--role', 'integration'], env);
    expect(k.code, k.stderr).toBe(0);
    key = JSON.parse(k.stdout).key;
  }, 120_000);
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await dropDb?.();
    rmSync(dir, { recursive: true, force: true });
  });

  async function serve(port: number): Promise<ChildProcess> {
    const c = startVigil(['serve'], { ...env, PORT: String(port) });
    await waitForHealth(`http://127.0.0.1:${port}`);
    return c;
  }

  const postImport = (port: number) => fetch(`http://127.0.0.1:${port}/api/v1/listings:import?batch_size=200`, {
    method: 'POST', body: lines, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
  });

  it('keeps every acknowledged line and finishes on re-run without duplicates', async () => {
    const port = await freePort();
    child = await serve(port);
    const acked = new Set<string>();
    const res = await postImport(port);
    const reader = res.body!.getReader();
    let buf = '';
    const dec = new TextDecoder();
    // Read acknowledgements until a few batches are in, then kill the server mid-import.
    while (acked.size < 1_500) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      const parts = buf.split('\n');
      buf = parts.pop()!;
      for (const p of parts) {
        const r = JSON.parse(p);
        if (r.status === 'created') acked.add(r.id);
      }
    }
    child.kill('SIGKILL');
    await exited(child);
    await reader.cancel().catch(() => undefined);
    expect(acked.size).toBeGreaterThanOrEqual(1_500);
    expect(acked.size).toBeLessThan(N);

    // Restart on the same data directory (the stale lock of the killed process is recognised).
    const port2 = await freePort();
    child = await serve(port2);
    const again = await (await postImport(port2)).text();
    const results = again.trim().split('\n').map((l) => JSON.parse(l));
    const summary = results.pop().summary;
    const unchanged = new Set(results.filter((r) => r.status === 'unchanged').map((r) => r.id));
    // Every acknowledged line survived the crash: the re-run finds it already stored.
    for (const id of acked) expect(unchanged.has(id)).toBe(true);
    expect(summary.errors).toBe(0);
    expect(summary.created + summary.unchanged).toBe(N);
    child.kill('SIGTERM');
    await exited(child);

    // No duplicates anywhere: the chain holds exactly one listing.created per listing.
    const verify = await runVigil(['ledger', 'verify'], env);
    expect(verify.code, verify.stderr).toBe(0);
    const report = JSON.parse(verify.stdout);
    expect(report.ok).toBe(true);
    // 1 trader.registered + 1 api_key.created + N listing.created + N detection.screened (screened in the batch, DET-1)
    expect(report.rows_checked).toBe(2 * N + 2);
  }, 180_000);

  it('resumes a killed CLI import after the last acknowledged line', async () => {
    const file = path.join(dir, 'cli.ndjson');
    writeFileSync(file, lines.replaceAll('"K-', '"C-'));
    const c = startVigil(['import', 'listings', file, '--batch-size', '300', '--quiet'], env);
    // Let it commit some batches, then kill it.
    await new Promise((r) => setTimeout(r, 2_500));
    c.kill('SIGKILL');
    await exited(c);
    const rerun = await runVigil(['import', 'listings', file, '--quiet'], env);
    expect(rerun.code, rerun.stderr).toBe(0);
    const out = JSON.parse(rerun.stdout);
    if (out.resumed_after_line > 0) expect(rerun.stderr).toMatch(/resuming after line \d+/);
    expect(out.errors).toBe(0);
    // Lines before the resume point were not read again; all the rest were stored once.
    expect(out.resumed_after_line + out.lines).toBe(N);
    const third = JSON.parse((await runVigil(['import', 'listings', file, '--quiet'], env)).stdout);
    expect(third).toMatchObject({ resumed_after_line: 0, created: 0, unchanged: N });
  }, 180_000);
});
