import type { Command } from 'commander';
import { isRole, ROLES } from '../../core/auth/policy.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { print, withContext, type OpenContext } from '../context-factory.js';
import { readSecretFromStdin } from '../stdin.js';

export function registerUsers(program: Command, open: OpenContext): void {
  const users = program.command('users').description('Console users');
  users
    .command('create')
    .description('Create a console user (password from --password-stdin, or generated and printed once)')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password-stdin', 'read the password from standard input')
    .action(async (o: { email: string; name: string; role: string; passwordStdin?: boolean }) => {
      if (!isRole(o.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const role = o.role;
      const { randomBytes } = await import('node:crypto');
      const generated = !o.passwordStdin;
      const password = o.passwordStdin ? await readSecretFromStdin() : randomBytes(15).toString('base64url');
      await withContext(open, 'vigil users create', async (ctx) => {
        const u = await ctx.auth.createUser(SYSTEM_ACTOR, { email: o.email, displayName: o.name, role, password });
        print({ ...u, ...(generated ? { password, note: 'shown once; store it now' } : {}) });
      });
    });
}
