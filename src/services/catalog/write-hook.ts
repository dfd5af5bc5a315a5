/**
 * What else must happen inside a listing write's transaction. Detection screens created and changed
 * listings here (DET-1), so the result and its ledger event commit together with the new version.
 */
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import type { PendingEvents } from '../pending-events.js';
import type { ListingWriteResult, WrittenListing } from './listings.js';

export interface AfterWrite {
  /** the created and changed rows as the write left them (no need to read them back) */
  written?: ReadonlyMap<string, WrittenListing>;
  /**
   * The write's ledger events, not yet appended: the hook adds its own after them, and flushes
   * before anything it calls appends to the ledger directly. The writer flushes at the end.
   */
  ledger?: PendingEvents;
  /** the write's statements, possibly still running: await before anything that depends on them */
  stored?: Promise<void>;
}

export interface ListingWriteHook {
  /** Runs before the transaction opens (PGlite has one connection: no reads outside the transaction once it is open). */
  prepare(): Promise<void>;
  afterWrite(tx: Db, actor: Actor, results: readonly ListingWriteResult[], batch?: AfterWrite): Promise<void>;
}
