/**
 * `vigil enforcement reconcile [--json]` (RO-4): reconciles penalties with the marketplace's live
 * state once. With --json, stdout carries exactly one JSON object
 * `{ "checked": n, "unenforced": n, "unconfirmed": n, "fixed": n }`; alerts go to stderr.
 */
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { reconcile, reportOf } from '../../services/enforcement/reconcile.js';
import { measureStatementSettings } from '../../services/enforcement/measure-statement.js';
import { withContext, type OpenContext } from '../context-factory.js';

export function registerEnforcement(program: Command, open: OpenContext): void {
  const enforcement = program.command('enforcement').description('Penalty policy enforcement (Art. 23)');
  enforcement
    .command('reconcile')
    .description('Find and fix penalties without their measure or without a confirmed effect on the marketplace; re-send and alert')
    .option('--json', 'print one JSON object {checked, unenforced, unconfirmed, fixed} to stdout')
    .action(async (o: { json?: boolean }) => withContext(open, 'vigil enforcement reconcile', async (ctx) => {
      const r = await reconcile(ctx.store.db, ctx.clock, SYSTEM_ACTOR, ctx.config.effectTimeoutMinutes, undefined, measureStatementSettings(ctx.config, ctx.secret));
      for (const a of r.alerts.slice(0, 50)) process.stderr.write(`ALERT ${a.kind}: ${a.actor || ''}${a.action_id ? ` action ${a.action_id}` : ''}${a.decision_id ? ` decision ${a.decision_id}` : ''}\n`);
      const report = reportOf(r);
      process.stdout.write(o.json ? `${JSON.stringify(report)}\n`
        : `checked ${report.checked} actors: ${report.unenforced} unenforced, ${report.unconfirmed} unconfirmed (${r.still_visible} still visible), ${report.fixed} fixed\n`);
    }));
}
