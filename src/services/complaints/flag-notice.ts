/** A reviewer flags a notice as manifestly unfounded (Art. 23(2)); the notifier is re-assessed at once. */
import { eq } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { notice } from '../../store/schema/index.js';
import { flagMisuse } from './misuse.js';
import type { MisuseInput } from './schemas.js';
import { emailActorKey } from './tokens.js';

export async function flagNotice(db: Db, clock: Clock, actor: Actor, by: string, noticeId: string, input: MisuseInput) {
  return db.transaction(async (tx) => {
    const [n] = await tx.select().from(notice).where(eq(notice.id, noticeId));
    if (!n) throw new DomainError('not_found', `notice ${noticeId} not found`);
    // Anonymous notices (child sexual abuse material, Art. 16(2)) have no person to assess.
    if (!n.notifierEmail) throw new DomainError('invalid_state', 'the notice is anonymous; there is no notifier to assess');
    return flagMisuse(tx, clock, actor, {
      actorType: 'notifier', actorKey: emailActorKey(n.notifierEmail), refType: 'notice', refId: n.id, gravity: input.gravity, intent: input.intent, note: input.note, by,
      contact: { email: n.notifierEmail },
    });
  });
}
