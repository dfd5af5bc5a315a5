import type { Command } from 'commander';
import { isRole, ROLES } from '../../core/auth/policy.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { print, withContext, type OpenContext } from '../context-factory.js';

export function registerKeys(program: Command, open: OpenContext): void {
  const keys = program.command('keys').description('API keys');
  keys
    .command('create')
    .description('Create an API key; the key is printed once and stored only hashed')
    .requiredOption('--name <name>', 'what the key is for')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--subject <id>', 'registry id the key belongs to (trusted flagger, researcher)')
    .action(async (o: { name: string; role: string; subject?: string }) => {
      if (!isRole(o.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const role = o.role;
      await withContext(open, 'vigil keys create', async (ctx) => print(await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: o.name, role, subjectId: o.subject })));
    });
  keys
    .command('list')
    .description('List API keys (never their secrets)')
    .action(async () => withContext(open, 'vigil keys list', async (ctx) => print(await ctx.auth.listApiKeys())));
  keys
    .command('revoke <id>')
    .description('Revoke an API key')
    .action(async (id: string) => withContext(open, 'vigil keys revoke', async (ctx) => {
      await ctx.auth.revokeApiKey(SYSTEM_ACTOR, id);
      print(`revoked ${id}`);
    }));
}
