import type { Command } from 'commander';
import { createCheckpoint } from '../../services/ledger/checkpoint.js';
import { verifyLedger } from '../../services/ledger/verify.js';
import { print, withContext, type OpenContext } from '../context-factory.js';

export function registerLedger(program: Command, open: OpenContext): void {
  const ledger = program.command('ledger').description('The tamper-evident event ledger');
  ledger
    .command('verify')
    .description('Recompute the hash chain against the signed checkpoints; names the first broken row')
    .action(async () => withContext(open, 'vigil ledger verify', async (ctx) => {
      const report = await verifyLedger(ctx.store.db, ctx.checkpointArchive, ctx.ledgerKey);
      print(report);
      if (!report.ok) {
        process.stderr.write(`ledger broken at seq ${report.first_broken?.seq}: ${report.first_broken?.reason}\n`);
        process.exitCode = 2;
      }
    }));
  ledger
    .command('checkpoint')
    .description('Sign and export the current chain head now')
    .action(async () => withContext(open, 'vigil ledger checkpoint', async (ctx) => {
      const cp = await createCheckpoint(ctx.store.db, ctx.clock, ctx.ledgerKey, ctx.checkpointArchive);
      print(cp ?? 'head unchanged since the last checkpoint');
    }));
}
