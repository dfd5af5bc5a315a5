import type { Command } from 'commander';
import { isDomainError } from '../../core/errors.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * `vigil screen [--rules DIR] [--own-domain DOMAIN]…`: NDJSON listings on stdin, one NDJSON result
 * per line on stdout ({ id, verdict, score, categories, signals }). No database, no network. A line
 * that is not a listing is reported on stderr with its number and skipped.
 */
export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description('screen NDJSON listings from stdin; one NDJSON result per line on stdout')
    .option('--rules <dir>', 'directory of rule files (default: the shipped rules/)')
    .option('--own-domain <domain>', "the marketplace's own domain; repeat for several", collect, [] as string[])
    .action(async (opts: { rules?: string; ownDomain: string[] }) => {
      // Loaded here, not at start-up: only this command needs the detection engine.
      const [{ default: split2 }, { screen }, { parseListing }, { loadEngine }] = await Promise.all([
        import('split2'), import('../../detection/screen.js'), import('../../services/detection/listing-input.js'), import('../../services/detection/load-engine.js'),
      ]);
      let engine;
      try {
        engine = loadEngine({ ownDomains: opts.ownDomain, ...(opts.rules ? { rulesDir: opts.rules } : {}) });
      } catch (e) {
        if (!isDomainError(e)) throw e;
        process.stderr.write(`vigil screen: ${e.message}\n`);
        for (const d of e.details ?? []) process.stderr.write(`  ${d.path}: ${d.problem}\n`);
        process.exitCode = 1;
        return;
      }
      let lineNo = 0;
      for await (const line of process.stdin.pipe(split2()) as AsyncIterable<string>) {
        lineNo++;
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (e) {
          process.stderr.write(`vigil screen: line ${lineNo}: not valid JSON (${(e as Error).message}); skipped\n`);
          continue;
        }
        const parsed = parseListing(value);
        if ('error' in parsed) {
          process.stderr.write(`vigil screen: line ${lineNo}: ${parsed.error}; skipped\n`);
          continue;
        }
        const r = screen(parsed.listing, engine);
        const out = { id: r.id, verdict: r.verdict, score: r.score, categories: r.categories, signals: r.signals };
        if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((ok) => process.stdout.once('drain', ok));
      }
    });
}
