/**
 * Signed ledger checkpoints exported outside the database (a directory by default), where someone
 * who rewrites the whole chain inside the database cannot reach them.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Checkpoint {
  version: 1;
  seq: number;
  hash: string;
  signed_at: string;
  key_id: string;
  signature: string;
}

export interface CheckpointArchive {
  write(cp: Checkpoint): Promise<void>;
  list(): Promise<Checkpoint[]>;
}

export class DirectoryCheckpointArchive implements CheckpointArchive {
  constructor(private readonly dir: string) {}

  async write(cp: Checkpoint): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `checkpoint-${String(cp.seq).padStart(12, '0')}.json`);
    // Write then rename: a crash never leaves a half-written checkpoint.
    writeFileSync(`${file}.tmp`, JSON.stringify(cp, null, 2) + '\n');
    renameSync(`${file}.tmp`, file);
  }

  async list(): Promise<Checkpoint[]> {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => /^checkpoint-\d+\.json$/.test(n)).sort();
    } catch {
      return [];
    }
    return names.map((n) => JSON.parse(readFileSync(path.join(this.dir, n), 'utf8')) as Checkpoint);
  }
}
