/**
 * Ledger events that several writers in one transaction produce, appended together: one lock, one
 * head read and one insert instead of one of each per writer. The chain keeps the order in which
 * the writers added their events, as long as whoever appends to the ledger directly in between
 * flushes first.
 */
import type { Clock } from '../core/clock.js';
import type { NewEvent } from '../core/events.js';
import type { Db } from '../store/database.js';
import { appendEvents } from '../store/ledger.js';

export class PendingEvents {
  private events: NewEvent[] = [];

  constructor(private readonly tx: Db, private readonly clock: Clock) {}

  add(events: readonly NewEvent[]): void {
    for (const e of events) this.events.push(e);
  }

  get size(): number {
    return this.events.length;
  }

  /** Appends what is pending. Call it before anything that appends to the ledger itself, and before the transaction ends. */
  async flush(): Promise<void> {
    if (this.events.length === 0) return;
    const events = this.events;
    this.events = [];
    await appendEvents(this.tx, this.clock, events);
  }
}
