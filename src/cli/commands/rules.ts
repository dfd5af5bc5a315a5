/**
 * `vigil rules import|activate|backtest|list|export` — rule-set versions in the database (DET-6).
 * `--as EMAIL` names the console user acting; activation by the draft's author is refused.
 * (`vigil rules test` lives in rules-test.ts and is unchanged.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { isDomainError } from '../../core/errors.js';
import { operatorFor } from '../../services/detection/operators.js';
import { presentRun } from '../../services/detection/rescan.js';
import { presentVersion } from '../../services/detection/rule-versions.js';
import { print, withContext, type OpenContext } from '../context-factory.js';

const version = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`VERSION must be a positive integer, got ${v}`);
  return n;
};

/** Domain errors (a bad rule file, a refused activation) are reported with their details, exit code 1. */
async function reported(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (!isDomainError(e)) throw e;
    process.stderr.write(`${e.code}: ${e.message}\n`);
    for (const d of e.details ?? []) process.stderr.write(`  ${d.path}: ${d.problem}\n`);
    process.exitCode = 1;
  }
}

export function registerRules(program: Command, open: OpenContext): void {
  const rules = program.commands.find((c) => c.name() === 'rules') ?? program.command('rules').description('detection rules');

  rules.command('import <dir>')
    .description('import the rule files in DIR (*.json) as a new draft version; nothing changes if a file is invalid')
    .requiredOption('--as <email>', 'the console user importing (recorded as the author)')
    .option('--note <text>', 'what changed and why')
    .action((dir: string, o: { as: string; note?: string }) => reported(() => withContext(open, 'vigil rules import', async (ctx) => {
      const author = await operatorFor(ctx.store.db, o.as, 'rules.edit');
      print(presentVersion(await ctx.detection.rules.importDir(author, dir, o.note ?? null)));
    })));

  rules.command('activate <version>')
    .description('activate a draft version (a second person: not its author) and queue a full-catalog rescan')
    .requiredOption('--as <email>', 'the console user activating')
    .action((v: string, o: { as: string }) => reported(() => withContext(open, 'vigil rules activate', async (ctx) => {
      const who = await operatorFor(ctx.store.db, o.as, 'rules.activate');
      const r = await ctx.detection.rules.activate(who, version(v));
      print({ ...presentVersion(r.version), rescan_id: r.rescanId });
    })));

  rules.command('backtest <version>')
    .description('run VERSION over the stored catalog against the live rules and print what would change')
    .requiredOption('--as <email>', 'the console user asking')
    .option('--quiet', 'no progress on stderr')
    .action((v: string, o: { as: string; quiet?: boolean }) => reported(() => withContext(open, 'vigil rules backtest', async (ctx) => {
      const who = await operatorFor(ctx.store.db, o.as, 'rules.edit');
      const run = await ctx.detection.rules.backtest(who, version(v));
      const done = await ctx.detection.rescans.runToEnd(run.id, (r) => {
        if (!o.quiet) process.stderr.write(`\r${r.processed}/${r.total} listings, ${r.changed} would change`);
      });
      if (!o.quiet) process.stderr.write('\n');
      print(presentRun(done));
    })));

  rules.command('list')
    .description('rule-set versions, newest first')
    .action(() => withContext(open, 'vigil rules list', async (ctx) => print((await ctx.detection.rules.list()).map(presentVersion))));

  rules.command('export <version> <dir>')
    .description('write VERSION as rule files (one per family) into DIR, for review in git')
    .action((v: string, dir: string) => reported(() => withContext(open, 'vigil rules export', async (ctx) => {
      mkdirSync(dir, { recursive: true });
      const files = await ctx.detection.rules.exportFiles(version(v));
      for (const f of files) writeFileSync(join(dir, f.name), f.text);
      print({ version: version(v), dir, files: files.map((f) => f.name) });
    })));
}
