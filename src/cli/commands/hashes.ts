/** `vigil hashes import FILE.csv --source NAME` — add a PDQ hash bank (CSV `hash,label,source`; DET-4). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { print, withContext, type OpenContext } from '../context-factory.js';

export function registerHashes(program: Command, open: OpenContext): void {
  const hashes = program.command('hashes').description('image hash banks');
  hashes.command('import <file>')
    .description('import a CSV hash bank (hash,label,source); bad lines are reported with their number and skipped')
    .option('--source <name>', 'bank name for lines without a source (default: the file name)')
    .action((file: string, o: { source?: string }) => withContext(open, 'vigil hashes import', async (ctx) => {
      const report = await ctx.detection.hashBanks.import(readFileSync(file, 'utf8'), o.source ?? basename(file));
      for (const e of report.errors) process.stderr.write(`line ${e.line}: ${e.reason}\n`);
      print({ file, ...report, errors: report.errors.length });
      if (report.errors.length > 0) process.exitCode = 1;
    }));
}
