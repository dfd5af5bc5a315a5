/** Builds the console bundle when web/dist is missing or older than any of its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const web = path.join(root, 'web');
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json'];

function newestMtime(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), st.mtimeMs);
}

export function consoleBuildIsStale(): boolean {
  const index = path.join(web, 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => existsSync(path.join(web, s)) && newestMtime(path.join(web, s)) > built);
}

export function ensureConsoleBuilt(): void {
  if (!consoleBuildIsStale()) return;
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the console failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}
