/**
 * What else must happen inside a listing write's transaction. Detection screens created and changed
 * listings here (DET-1), so the result and its ledger event commit together with the new version.
 */
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import type { ListingWriteResult } from './listings.js';

export interface ListingWriteHook {
  /** Runs before the transaction opens (PGlite has one connection: no reads outside the transaction once it is open). */
  prepare(): Promise<void>;
  afterWrite(tx: Db, actor: Actor, results: readonly ListingWriteResult[]): Promise<void>;
}
