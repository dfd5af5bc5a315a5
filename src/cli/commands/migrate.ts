import type { Command } from 'commander';
import { print, withContext, type OpenContext } from '../context-factory.js';

export function registerMigrate(program: Command, open: OpenContext): void {
  program
    .command('migrate')
    .description('Apply database migrations (they also run when the server starts)')
    .action(async () => {
      // Opening the context migrates.
      await withContext(open, 'vigil migrate', async (ctx) => print(`migrations applied (${ctx.store.engine})`));
    });
}
