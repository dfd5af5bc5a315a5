/** Resolves a notice's locations (item ids or URLs) to items in the catalog. */
import { eq, or } from 'drizzle-orm';
import type { Db } from '../../store/database.js';
import { item, listing } from '../../store/schema/index.js';
import { and } from 'drizzle-orm';

export interface Subject {
  kind: string;
  id: string;
  resolved: boolean;
}

/** Trailing slashes, fragments and host case do not make a different location. */
export function normaliseUrl(raw: string): string {
  const u = new URL(raw);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  return u.toString().replace(/\/+$/, '');
}

export async function resolveLocation(tx: Db, loc: { url?: string; item?: { kind: string; id: string } }): Promise<Subject> {
  if (loc.item) {
    const found = loc.item.kind === 'listing'
      ? await tx.select({ id: listing.id }).from(listing).where(eq(listing.id, loc.item.id)).limit(1)
      : await tx.select({ id: item.externalId }).from(item).where(and(eq(item.kind, loc.item.kind), eq(item.externalId, loc.item.id))).limit(1);
    if (found.length > 0) return { kind: loc.item.kind, id: loc.item.id, resolved: true };
  }
  if (loc.url) {
    const url = normaliseUrl(loc.url);
    const variants = [url, `${url}/`];
    const l = await tx.select({ id: listing.id }).from(listing).where(or(...variants.map((v) => eq(listing.productUrl, v)))).limit(1);
    if (l[0]) return { kind: 'listing', id: l[0].id, resolved: true };
    const i = await tx.select({ kind: item.kind, id: item.externalId }).from(item).where(or(...variants.map((v) => eq(item.url, v)))).limit(1);
    if (i[0]) return { kind: i[0].kind, id: i[0].id, resolved: true };
    // Unknown to the catalog: still a location we must act on; the case is keyed by the URL.
    return { kind: 'url', id: url, resolved: false };
  }
  return { kind: loc.item!.kind, id: loc.item!.id, resolved: false };
}

/**
 * `resolveLocation` with a per-database memory of what was found: items are never deleted, so an
 * id once found stays found; a URL may move to another listing when the marketplace edits it, so a
 * URL is remembered for `urlTtlMs` only. Misses are not remembered (the item may arrive later).
 */
export function cachedResolver(urlTtlMs = 30_000, max = 50_000): (tx: Db, loc: { url?: string; item?: { kind: string; id: string } }) => Promise<Subject> {
  const byId = new Set<string>();
  const byUrl = new Map<string, { subject: Subject; until: number }>();
  return async (tx, loc) => {
    if (loc.item && byId.has(`${loc.item.kind}:${loc.item.id}`)) return { kind: loc.item.kind, id: loc.item.id, resolved: true };
    const urlKey = !loc.item && loc.url ? normaliseUrl(loc.url) : null;
    if (urlKey) {
      const hit = byUrl.get(urlKey);
      if (hit && hit.until > Date.now()) return hit.subject;
    }
    const s = await resolveLocation(tx, loc);
    if (!s.resolved) return s;
    if (byId.size >= max) byId.clear();
    if (byUrl.size >= max) byUrl.clear();
    if (loc.item && loc.item.kind === s.kind && loc.item.id === s.id) byId.add(`${s.kind}:${s.id}`);
    if (urlKey) byUrl.set(urlKey, { subject: s, until: Date.now() + urlTtlMs });
    return s;
  };
}
