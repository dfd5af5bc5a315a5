import type { Command } from 'commander';
import { isDomainError } from '../../core/errors.js';
import { runRuleFixtures } from '../../services/detection/rule-fixtures.js';
import { loadEngine } from '../../services/detection/load-engine.js';

/** `vigil rules test [--rules DIR]`: runs every rule's fixture expectations; exit 1 on a failure. */
export function registerRulesTest(program: Command): void {
  const rules = program.commands.find((c) => c.name() === 'rules') ?? program.command('rules').description('detection rules');
  rules
    .command('test')
    .description("run every rule's fixture expectations")
    .option('--rules <dir>', 'directory of rule files (default: the shipped rules/)')
    .action((opts: { rules?: string }) => {
      let engine;
      try {
        engine = loadEngine(opts.rules ? { rulesDir: opts.rules } : {});
      } catch (e) {
        if (!isDomainError(e)) throw e;
        process.stderr.write(`vigil rules test: ${e.message}\n`);
        for (const d of e.details ?? []) process.stderr.write(`  ${d.path}: ${d.problem}\n`);
        process.exitCode = 1;
        return;
      }
      const report = runRuleFixtures(engine);
      for (const r of report.results) {
        const mark = r.ok ? 'ok  ' : 'FAIL';
        process.stdout.write(`${mark} ${r.rule} — ${r.fixture}${r.ok ? '' : `: ${r.problem}`}\n`);
      }
      process.stdout.write(`${report.passed} passed, ${report.failed} failed (${report.rulesWithoutFixtures.length} rules without fixtures)\n`);
      if (report.failed > 0) process.exitCode = 1;
    });
}
