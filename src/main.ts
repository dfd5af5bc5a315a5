// Entry of the `vigil` command: each command lives in its own file under commands/ and only parses
// arguments before calling services.
import { Command } from 'commander';
import { registerCommands } from './cli/commands/index.js';

const program = new Command('vigil')
  .description('Vigil: trust-and-safety and EU Digital Services Act compliance engine for marketplaces')
  .showHelpAfterError();

registerCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`vigil: ${message}\n`);
  process.exitCode = 1;
});
