/**
 * `vigil import listings|traders|orders FILE.ndjson` — streamed, batched, resumable and idempotent.
 * Bad lines are reported with their line number and skipped; every good line is imported.
 */
import { createReadStream, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import split2 from 'split2';
import { SYSTEM_ACTOR } from '../../core/events.js';
import type { ImportKind, LineResult } from '../../services/catalog/import.js';
import { print, withContext, type OpenContext } from '../context-factory.js';
import { ImportProgress } from '../import-progress.js';

const KINDS: ImportKind[] = ['listings', 'traders', 'orders'];

export function registerImport(program: Command, open: OpenContext): void {
  program
    .command('import <kind> <file>')
    .description('Import an NDJSON file of listings, traders or orders (one JSON object with its id per line)')
    .option('--batch-size <n>', 'lines per transaction', '500')
    .option('--restart', 'ignore an earlier interrupted run and start from the first line')
    .option('--quiet', 'no progress bar')
    .action(async (kind: string, file: string, o: { batchSize: string; restart?: boolean; quiet?: boolean }) => {
      if (!KINDS.includes(kind as ImportKind)) throw new Error(`kind must be one of ${KINDS.join(', ')}`);
      const size = statSync(file).size;
      await withContext(open, `vigil import ${kind}`, async (ctx) => {
        const progress = new ImportProgress(ctx.config.dataDir, file, kind);
        const skip = o.restart ? 0 : progress.resumeAfter();
        if (skip > 0) process.stderr.write(`resuming after line ${skip} (acknowledged by an earlier run)\n`);
        const bar = o.quiet ? null : new cliProgress.SingleBar({ format: '{bar} {percentage}% | {value}/{total} bytes | {lines} lines', noTTYOutput: !process.stderr.isTTY, stream: process.stderr, etaBuffer: 50 }, cliProgress.Presets.shades_classic);
        bar?.start(size, 0, { lines: 0 });
        let bytes = 0;
        const counter = new Transform({
          transform(chunk: Buffer, _e, cb) {
            bytes += chunk.length;
            cb(null, chunk);
          },
        });
        const lines = createReadStream(file).pipe(counter).pipe(split2());
        let lastLine = skip;
        const summary = await ctx.catalog.import(SYSTEM_ACTOR, kind as ImportKind, lines as AsyncIterable<string>, {
          batchSize: Number(o.batchSize) || 500,
          skipThrough: skip,
          onResults: (results: LineResult[]) => {
            for (const r of results) {
              if (r.status === 'error') process.stderr.write(`line ${r.line}: ${r.error.code}: ${r.error.message}\n`);
              lastLine = Math.max(lastLine, r.line);
            }
            // Batches commit in order, so every line up to the last one reported is acknowledged.
            progress.save(lastLine, false);
            bar?.update(bytes, { lines: lastLine });
          },
        });
        progress.save(lastLine, true);
        bar?.update(size, { lines: lastLine });
        bar?.stop();
        print({ file, kind, resumed_after_line: skip, ...summary });
        if (summary.errors > 0) process.exitCode = 1;
      });
    });
}
