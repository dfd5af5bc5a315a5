/**
 * HTTP load from a child process, so the load generator does not run on the server's event loop:
 * in one thread it takes the server's CPU from every request (from `/healthz` and notices alike)
 * and its own waiting shows up as the server's latency. `CONC` clients on keep-alive connections
 * (undici), each sending its next request when the previous answer has been read.
 *
 * In the child (this file forked with `--load-child`): runs the load and sends the result back.
 * In the caller: `loadFromChild(…)`.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';

export type BodyKind = 'none' | 'notice';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Answers with a status of 300 or more. */
  errors: number;
  /** Count per HTTP status. */
  statuses: Record<string, number>;
}

interface LoadJob {
  base: string;
  path: string;
  kind: BodyKind;
  seconds: number;
  concurrency: number;
}

/** The notice bench's body for request `i`: one of 200 listings, a notifier of its own. */
export const noticeBody = (i: number): object => ({
  locations: [{ item: { kind: 'listing', id: `L-${i % 200}` } }], explanation: 'This product is sold illegally without the required authorisation.',
  notifier: { name: `Bench ${i}`, email: `bench${i}@example.org` }, good_faith: true, language: 'en',
});

async function runLoad(job: LoadJob): Promise<LoadResult> {
  const pool = new Pool(job.base, { connections: job.concurrency, pipelining: 1 });
  const lat: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let i = 0;
  const end = performance.now() + job.seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const n = i++;
      const t0 = performance.now();
      const res = await pool.request(job.kind === 'notice'
        ? { path: job.path, method: 'POST', body: JSON.stringify(noticeBody(n)), headers: { 'content-type': 'application/json' } }
        : { path: job.path, method: 'GET' });
      await res.body.arrayBuffer();
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      if (res.statusCode >= 300) errors += 1;
      lat.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: job.concurrency }, client));
  const secs = (performance.now() - t0) / 1000;
  await pool.close();
  lat.sort((a, b) => a - b);
  return { rps: lat.length / secs, p50: lat[Math.floor(lat.length * 0.5)]!, p99: lat[Math.floor(lat.length * 0.99)]!, errors, statuses };
}

/** Runs `concurrency` clients against `base + path` for `seconds` in a child process. */
export function loadFromChild(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The child loads this TypeScript file through tsx, as the bench itself is run.
    const child = fork(fileURLToPath(import.meta.url), ['--load-child'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: LoadResult | null = null;
    child.once('message', (r) => {
      result = r as LoadResult;
    });
    child.once('error', reject);
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`load process exited with ${code}`))));
    child.send(job);
  });
}

if (process.argv.includes('--load-child') && process.send) {
  process.once('message', (job) => {
    void runLoad(job as LoadJob).then((r) => process.send!(r, () => process.disconnect()));
  });
}
