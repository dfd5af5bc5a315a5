/**
 * The misuse check at notice intake (Art. 23(2), RO-2) for the notices that arrive together: the
 * notifiers' standings are read in one statement per event-loop turn instead of one per notice.
 * It runs before the notice joins a group-commit batch, so on PostgreSQL it overlaps the batch in
 * flight (another pooled connection) instead of adding a round trip to the batch's transaction.
 */
import type { Clock } from '../../core/clock.js';
import type { Db } from '../../store/database.js';
import { notifierSuspendedError, suspendedNotifiers } from '../complaints/misuse.js';
import { emailActorKey } from '../complaints/tokens.js';

interface Waiting {
  key: string;
  clock: Clock;
  resolve(): void;
  reject(e: unknown): void;
}

class MisuseCheck {
  private waiting: Waiting[] = [];
  private scheduled = false;
  constructor(private readonly db: Db) {}

  /** Resolves when the notifier may file, rejects with `submissions_suspended` otherwise. */
  check(clock: Clock, email: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key: emailActorKey(email), clock, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // After the requests already read from their sockets have come this far.
      setImmediate(() => void this.run());
    });
  }

  private async run(): Promise<void> {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = [];
    try {
      const suspended = await suspendedNotifiers(this.db, batch[0]!.clock, batch.map((w) => w.key));
      for (const w of batch) {
        const until = suspended.get(w.key);
        if (until) w.reject(notifierSuspendedError(until));
        else w.resolve();
      }
    } catch (e) {
      for (const w of batch) w.reject(e);
    }
  }
}

const checks = new WeakMap<Db, MisuseCheck>();

/** Refuses a notifier whose notices are suspended for misuse; anonymous notices have no key. */
export async function assertNotifierMayFile(db: Db, clock: Clock, email: string | null | undefined): Promise<void> {
  if (!email) return;
  let c = checks.get(db);
  if (!c) checks.set(db, (c = new MisuseCheck(db)));
  await c.check(clock, email);
}
