/**
 * Start-up time and peak memory of Vigil on an existing embedded data directory, in one run:
 * `vigil serve` (API, console, worker) and `npm start` (which also builds the console first),
 * against a floor: a bare Node HTTP server that opens the same PGlite directory and answers /healthz.
 *
 *   npx tsx bench/startup.ts [--runs 3]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, VIGIL, freePort } from '../test/support/child.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3);
const dir = mkdtempSync(path.join(tmpdir(), 'vigil-startup-'));
const baseEnv = { ...process.env, DATABASE_URL: '', VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'warn' };

/** Peak resident memory of a process and its children (VmHWM), in MB. */
function peakMb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      total += m ? Number(m[1]) / 1024 : 0;
      for (const c of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(Number(c));
    } catch {
      // process gone
    }
  };
  visit(pid);
  return total;
}

async function timeToHealthy(start: (port: number) => ChildProcess): Promise<{ ms: number; mb: number }> {
  const port = await freePort();
  const t0 = performance.now();
  const child = start(port);
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // not yet
    }
    if (child.exitCode !== null) throw new Error(`server exited before it was healthy: ${stderr.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 500));
  const mb = peakMb(child.pid!);
  // npm start runs in its own process group: signal the group so the server under npm stops too.
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      child.kill(sig);
    }
  };
  signal('SIGTERM');
  const exited = new Promise((r) => child.once('exit', r));
  const timer = setTimeout(() => {
    console.warn(`pid ${child.pid} did not stop within 15 s of SIGTERM; killing it`);
    signal('SIGKILL');
  }, 15_000);
  await exited;
  clearTimeout(timer);
  return { ms, mb };
}

// Inside the repository so it resolves the same node_modules (bench/out is not tracked).
mkdirSync(path.join(ROOT, 'bench', 'out'), { recursive: true });
const floorScript = path.join(ROOT, 'bench', 'out', 'startup-floor.mjs');
writeFileSync(floorScript, `import { PGlite } from '@electric-sql/pglite';
import { createServer } from 'node:http';
const db = await PGlite.create(process.env.PGDIR);
createServer(async (req, res) => { await db.query('select 1'); res.end('ok'); }).listen(Number(process.env.PORT), '127.0.0.1');`);

// Prepare: migrate and seed the demo once, so every measured start is on an existing directory.
spawnSync(process.execPath, [VIGIL, 'migrate'], { cwd: ROOT, env: baseEnv, stdio: ['ignore', 'ignore', 'pipe'] });
const seed = await timeToHealthy((port) => spawn(process.execPath, [VIGIL, 'serve', '--demo'], { cwd: ROOT, env: { ...baseEnv, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] }));
console.log(`first start with demo seeding: ${Math.round(seed.ms)} ms, peak ${Math.round(seed.mb)} MB`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const measure = async (name: string, start: (port: number) => ChildProcess) => {
  const rs = [];
  for (let i = 0; i < runs; i++) rs.push(await timeToHealthy(start));
  return { name, ms: median(rs.map((r) => r.ms)), mb: Math.max(...rs.map((r) => r.mb)) };
};
const floor = await measure('floor: PGlite + bare HTTP', (port) => spawn(process.execPath, [floorScript], { cwd: ROOT, env: { ...baseEnv, PORT: String(port), PGDIR: path.join(dir, 'pglite') }, stdio: ['ignore', 'ignore', 'pipe'] }));
const serve = await measure('vigil serve', (port) => spawn(process.execPath, [VIGIL, 'serve', '--demo'], { cwd: ROOT, env: { ...baseEnv, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] }));
const npmStart = await measure('npm start (builds the console first)', (port) => spawn('npm', ['start', '--silent'], { cwd: ROOT, detached: true, env: { ...baseEnv, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] }));
for (const r of [floor, serve, npmStart]) {
  console.log(`${r.name.padEnd(40)} ready in ${Math.round(r.ms)} ms (median of ${runs}), peak ${Math.round(r.mb)} MB; ratio to floor: time ${(r.ms / floor.ms).toFixed(2)}, memory ${(r.mb / floor.mb).toFixed(2)}`);
}
rmSync(dir, { recursive: true, force: true });
