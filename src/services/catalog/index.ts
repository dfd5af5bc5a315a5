/** The catalog application service: each write is one transaction with its ledger events. */
import type { ItemKind } from '../../core/catalog/types.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { PendingEvents } from '../pending-events.js';
import { importLines, type ImportKind, type ImportOptions } from './import.js';
import { upsertItem } from './items.js';
import { writeListings } from './listings.js';
import { upsertOrder } from './orders.js';
import * as q from './queries.js';
import type { ItemInputT, ListingInputT, OrderInputT, TraderInputT } from './schemas.js';
import { upsertTrader } from './traders.js';
import type { ListingWriteHook } from './write-hook.js';

export function catalogService(db: Db, clock: Clock, hook?: ListingWriteHook, o: { overlapWrites?: boolean } = {}) {
  return {
    putTrader: (actor: Actor, id: string, input: TraderInputT) => db.transaction((tx) => upsertTrader(tx, clock, actor, id, input)),
    async putListing(actor: Actor, id: string, input: ListingInputT) {
      await hook?.prepare();
      const [r] = await db.transaction(async (tx) => {
        const ledger = new PendingEvents(tx, clock);
        const { results, written, stored } = await writeListings(tx, clock, actor, [{ id, input }], ledger, { inFlight: o.overlapWrites ?? false });
        await hook?.afterWrite(tx, actor, results, { written, ledger, stored });
        await stored;
        await ledger.flush();
        return results;
      });
      if (!r) throw new Error('no result for listing write');
      if (r.status === 'error') throw new DomainError(r.error.code, r.error.message, r.error.details);
      return r;
    },
    putOrder: (actor: Actor, id: string, input: OrderInputT) => db.transaction((tx) => upsertOrder(tx, clock, actor, id, input)),
    putItem: (actor: Actor, kind: ItemKind, id: string, input: ItemInputT) => db.transaction((tx) => upsertItem(tx, clock, actor, kind, id, input)),
    import: (actor: Actor, kind: ImportKind, lines: AsyncIterable<string>, opts?: ImportOptions) =>
      importLines(db, clock, actor, kind, lines, { overlapWrites: o.overlapWrites ?? false, ...opts, ...(hook ? { hook } : {}) }),
    listListings: (f: q.ListingFilters) => q.listListings(db, f),
    getListing: (id: string) => q.getListing(db, id),
    listListingVersions: (id: string) => q.listListingVersions(db, id),
    listTraders: (f: Parameters<typeof q.listTraders>[1]) => q.listTraders(db, f),
    getTrader: (id: string) => q.getTrader(db, id),
    listOrders: (f: Parameters<typeof q.listOrders>[1]) => q.listOrders(db, f),
    getOrder: (id: string) => q.getOrder(db, id),
    getItem: (kind: string, id: string) => q.getItem(db, kind, id),
  };
}

export type CatalogService = ReturnType<typeof catalogService>;
