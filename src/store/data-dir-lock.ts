/**
 * PGlite has one connection and no lock on its data directory: a second process opening it can
 * corrupt it. Whoever opens an embedded store takes this lock first; a live holder makes others
 * refuse with a clear message instead.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { DomainError } from '../core/errors.js';

interface LockInfo {
  pid: number;
  host: string;
  purpose: string;
  since: string;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function readLock(dataDir: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path.join(dataDir, 'vigil.lock'), 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  release(): void;
}

export function acquireDataDirLock(dataDir: string, purpose: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'vigil.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      const info: LockInfo = { pid: process.pid, host: hostname(), purpose, since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          const cur = readLock(dataDir);
          if (cur?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(dataDir);
      if (holder && holder.host === hostname() && !alive(holder.pid)) {
        rmSync(file, { force: true }); // stale: its process is gone
        continue;
      }
      throw new DomainError(
        'store_locked',
        `the embedded database in ${dataDir} is in use by ${holder ? `${holder.purpose} (pid ${holder.pid}, since ${holder.since})` : 'another process'}; ` +
          'stop it first, or use its HTTP API, or run Vigil on PostgreSQL (DATABASE_URL) where several processes can share the database',
      );
    }
  }
  throw new DomainError('store_locked', `could not take the lock on ${dataDir}`);
}
