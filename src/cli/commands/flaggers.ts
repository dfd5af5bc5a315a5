/**
 * `vigil flaggers report <id> --from DATE --to DATE [--examples N]`: the evidence package for the
 * Digital Services Coordinator that awarded a trusted flagger its status (Art. 22(6)), as JSON on
 * stdout (docs/trusted-flaggers.md).
 */
import type { Command } from 'commander';
import { buildFlaggerReport } from '../../services/flaggers/dsc-report.js';
import { withContext, type OpenContext } from '../context-factory.js';

const date = (v: string, name: string): Date => {
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Error(`${name} must be an ISO date, e.g. 2026-01-01`);
  return d;
};

export function registerFlaggers(program: Command, open: OpenContext): void {
  const flaggers = program.command('flaggers').description('Trusted flaggers (Art. 22)');
  flaggers
    .command('report <id>')
    .description('Write the report package for the awarding Digital Services Coordinator (Art. 22(6)) as JSON to stdout')
    .requiredOption('--from <date>', 'first day of the period (ISO date, inclusive)')
    .requiredOption('--to <date>', 'end of the period (ISO date, exclusive)')
    .option('--examples <n>', 'unfounded notices quoted as examples', '10')
    .action(async (id: string, o: { from: string; to: string; examples: string }) => {
      const from = date(o.from, '--from');
      const to = date(o.to, '--to');
      const examples = Number(o.examples);
      if (!Number.isInteger(examples) || examples < 0 || examples > 200) throw new Error('--examples must be a whole number from 0 to 200');
      await withContext(open, 'vigil flaggers report', async (ctx) => {
        const report = await buildFlaggerReport(ctx.store.db, id, { from, to, examples, now: ctx.clock.now(), threshold: ctx.config.flaggerReportThreshold });
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      });
    });
}
