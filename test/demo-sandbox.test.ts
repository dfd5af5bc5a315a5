/**
 * `vigil serve --demo` brings a local sandbox emulator of the Transparency Database (Art. 24(5),
 * SOR-4): the real command is started, and the demo's statements of reasons end up submitted to the
 * emulator on 127.0.0.1, none rejected or left waiting; the health check and the console's statement
 * page say it is the local sandbox emulator, not the EU database. Without --demo nothing changes.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-seed/seed.js';
import { Browsers, SCREENSHOTS } from './browser/browser.js';
import { ensureConsoleBuilt } from './browser/web-build.js';
import { exited, freePort, startVigil, waitForHealth } from './support/child.js';
import { scratchPostgres } from './support/db.js';
import { WEB_DIST } from './support/server.js';

interface Backlog { pending: number; rejected: number; submitted: number }

describe(`the demo submits its statements to a local sandbox emulator (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let dir: string;
  let env: Record<string, string>;
  let child: ChildProcess | null = null;
  let dropDb: (() => Promise<void>) | null = null;
  let base = '';
  let stdout = '';
  let key = '';
  const browsers = new Browsers();

  beforeAll(async () => {
    ensureConsoleBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'vigil-demo-sandbox-'));
    const port = await freePort();
    env = { VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'warn', PORT: String(port), VIGIL_WEB_DIST: WEB_DIST };
    if (process.env.DATABASE_URL) {
      const db = await scratchPostgres();
      env.DATABASE_URL = db.url;
      dropDb = db.drop;
    }
    base = `http://127.0.0.1:${port}`;
    child = startVigil(['serve', '--demo'], env);
    child.stdout!.on('data', (d) => (stdout += d));
    await waitForHealth(base, 240_000);
    // The server answers before it has started its worker and printed the demo's sign-ins.
    for (const end = Date.now() + 60_000; !stdout.includes('local sandbox emulator') && Date.now() < end;) await new Promise((r) => setTimeout(r, 200));
    key = /Integration API key \(shown once\): (vgl_\S+)/.exec(stdout)?.[1] ?? '';
    await browsers.start();
  }, 300_000);

  afterAll(async () => {
    await browsers.close();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited(child), new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await dropDb?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = async <T,>(p: string): Promise<T> => {
    const res = await fetch(`${base}/api/v1${p}`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status, p).toBe(200);
    return (await res.json()) as T;
  };

  it('says it is the local sandbox emulator, on loopback, never the EU database', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'ok', transparency_database: 'local_sandbox_emulator' });
    expect(stdout).toMatch(/local sandbox emulator of the Transparency Database at http:\/\/127\.0\.0\.1:\d+, never to the EU database/);
    expect(key).toMatch(/^vgl_/);
  });

  it('ends with every demo statement submitted: none waiting, none rejected', async () => {
    const deadline = Date.now() + 90_000;
    let backlog: Backlog = { pending: -1, rejected: -1, submitted: 0 };
    while (Date.now() < deadline) {
      backlog = (await api<{ backlog: Backlog }>('/statements?limit=1')).backlog;
      if (backlog.pending === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(backlog.pending).toBe(0);
    expect(backlog.rejected).toBe(0);
    expect(backlog.submitted).toBeGreaterThanOrEqual(60);
  }, 100_000);

  it('shows a statement as submitted to the local sandbox emulator in the console', async () => {
    const [first] = (await api<{ items: { decision_id: string; status: string }[] }>('/statements?status=submitted&limit=1')).items;
    const sub = await api<{ status: string; target: string; tdb_uuid: string | null }>(`/statements/${first!.decision_id}/submission`);
    expect(sub).toMatchObject({ status: 'submitted', target: 'local_sandbox_emulator', tdb_uuid: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    const person = await browsers.person();
    const p = person.page;
    await p.goto(`${base}/statements/${first!.decision_id}`);
    await p.getByLabel('E-mail').fill('compliance@demo.vigil.test');
    await p.getByLabel('Password').fill(DEMO_PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();
    const section = p.getByRole('region', { name: 'Transparency Database submission' });
    await section.getByText('Submitted', { exact: true }).waitFor();
    expect(await section.getByTestId('sandbox-note').textContent()).toContain('never to the EU Transparency Database');
    expect(await section.textContent()).toContain(sub.tdb_uuid!);
    await p.screenshot({ path: `${SCREENSHOTS}/demo-sandbox-statement.png`, fullPage: true });
    expect(person.pageErrors).toEqual([]);
  }, 60_000);
});
