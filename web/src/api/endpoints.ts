/** One typed function per API route the console calls. */
import { request } from './client.js';
import type { LedgerEvent, Listing, ListingFilters, ListingVersion, Page, Session, Trader, TraderFilters } from './types.js';

const PAGE_SIZE = 25;
const enc = encodeURIComponent;

export const api = {
  login: (email: string, password: string) =>
    request<Session>('/auth/login', { method: 'POST', body: { email, password }, allowUnauthorized: true }),
  me: (signal?: AbortSignal) => request<Session>('/auth/me', { signal, allowUnauthorized: true }),
  logout: () => request<void>('/auth/logout', { method: 'POST', allowUnauthorized: true }),

  listings: (f: ListingFilters, cursor: string | null, signal?: AbortSignal) =>
    request<Page<Listing>>('/listings', { query: { ...f, cursor, limit: PAGE_SIZE }, signal }),
  listing: (id: string, signal?: AbortSignal) => request<Listing>(`/listings/${enc(id)}`, { signal }),
  listingVersions: (id: string, signal?: AbortSignal) =>
    request<{ items: ListingVersion[] }>(`/listings/${enc(id)}/versions`, { signal }),

  traders: (f: TraderFilters, cursor: string | null, signal?: AbortSignal) =>
    request<Page<Trader>>('/traders', { query: { ...f, cursor, limit: PAGE_SIZE }, signal }),
  trader: (id: string, signal?: AbortSignal) => request<Trader>(`/traders/${enc(id)}`, { signal }),

  ledger: (subject: string, cursor: string | null, signal?: AbortSignal) =>
    request<Page<LedgerEvent>>('/ledger', { query: { subject, cursor, limit: PAGE_SIZE }, signal }),
};
