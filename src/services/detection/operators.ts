/**
 * Who acts on rules from the command line. The CLI has the database itself, so it names a console
 * user (`--as EMAIL`) whose role must allow the action; the user is recorded as `user:<id>`, the
 * same identity the API records, so the four-eyes check on activation (DET-6) holds across both.
 */
import { eq } from 'drizzle-orm';
import { can, isRole, type Action } from '../../core/auth/policy.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../store/database.js';
import { appUser } from '../../store/schema/index.js';

export async function operatorFor(db: Db, email: string, action: Action): Promise<string> {
  const [u] = await db.select().from(appUser).where(eq(appUser.email, email.trim().toLowerCase()));
  if (!u || u.disabled) throw new DomainError('not_found', `no active console user ${email}`);
  if (!isRole(u.role) || !can(u.role, action)) throw new DomainError('forbidden', `role ${u.role} may not ${action}`);
  return `user:${u.id}`;
}
