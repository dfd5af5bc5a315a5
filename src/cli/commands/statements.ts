/**
 * `vigil statements export [--since ISO-DATE]`: every statement of reasons, one JSON object per line
 * in Transparency Database format, streamed (constant memory however many there are).
 */
import type { Command } from 'commander';
import { exportStatements } from '../../services/statements/export.js';
import { withContext, type OpenContext } from '../context-factory.js';

export function registerStatements(program: Command, open: OpenContext): void {
  const statements = program.command('statements').description('Statements of reasons');
  statements
    .command('export')
    .description('Write every statement as one JSON object per line (Transparency Database format) to stdout')
    .option('--since <date>', 'only statements created on or after this ISO date')
    .action(async (o: { since?: string }) => {
      const since = o.since ? new Date(o.since) : undefined;
      if (since && Number.isNaN(since.getTime())) throw new Error('--since must be an ISO date, e.g. 2026-01-01');
      await withContext(open, 'vigil statements export', async (ctx) => {
        for await (const s of exportStatements(ctx.store.db, { since })) {
          // Respect back-pressure so a slow consumer does not make the export buffer everything.
          if (!process.stdout.write(`${JSON.stringify(s)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
        }
      });
    });
}
