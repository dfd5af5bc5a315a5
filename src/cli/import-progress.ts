/**
 * Where an import got to, kept beside the data so a killed `vigil import` resumes after the last
 * acknowledged line. Keyed by the file's path, size and modification time: an edited file starts over.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ImportState {
  file: string;
  size: number;
  mtime_ms: number;
  kind: string;
  acknowledged_line: number;
  done: boolean;
}

export class ImportProgress {
  private readonly file: string;
  constructor(dataDir: string, source: string, private readonly kind: string) {
    const abs = path.resolve(source);
    const key = createHash('sha256').update(`${kind}:${abs}`).digest('hex').slice(0, 16);
    mkdirSync(path.join(dataDir, 'imports'), { recursive: true });
    this.file = path.join(dataDir, 'imports', `${key}.json`);
    this.source = abs;
  }
  private readonly source: string;

  /** The line to resume after, or 0 when the file is new, changed or was fully imported. */
  resumeAfter(): number {
    const st = statSync(this.source);
    try {
      const s = JSON.parse(readFileSync(this.file, 'utf8')) as ImportState;
      if (s.size === st.size && s.mtime_ms === st.mtimeMs && s.kind === this.kind && !s.done) return s.acknowledged_line;
    } catch {
      // no earlier run
    }
    return 0;
  }

  save(acknowledgedLine: number, done: boolean): void {
    const st = statSync(this.source);
    const s: ImportState = { file: this.source, size: st.size, mtime_ms: st.mtimeMs, kind: this.kind, acknowledged_line: acknowledgedLine, done };
    writeFileSync(`${this.file}.tmp`, JSON.stringify(s));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
