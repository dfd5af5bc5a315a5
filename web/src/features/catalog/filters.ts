/** Listing filters live in the URL query, so a search can be bookmarked, shared and undone with Back. */
import { VISIBILITIES, type ListingFilters, type Visibility } from '../../api/types.js';

const KEYS = ['q', 'visibility', 'language', 'trader_id', 'brand'] as const;

const isVisibility = (v: string): v is Visibility => (VISIBILITIES as readonly string[]).includes(v);

export function filtersFromQuery(query: URLSearchParams): ListingFilters {
  const get = (k: string) => query.get(k)?.trim() || undefined;
  const visibility = get('visibility');
  return {
    q: get('q'),
    visibility: visibility && isVisibility(visibility) ? visibility : undefined,
    language: get('language')?.toLowerCase(),
    trader_id: get('trader_id'),
    brand: get('brand'),
  };
}

export function filtersToQuery(f: ListingFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const k of KEYS) {
    const v = f[k]?.trim();
    if (v) query.set(k, v);
  }
  return query;
}

/** A stable key for "these filters": the first page reloads when it changes. */
export const filtersKey = (f: ListingFilters): string => filtersToQuery(f).toString();

let lastSearch = '/listings';

/** The catalog URL last shown, so "Back to Catalog" returns to the same search. */
export const rememberSearch = (url: string): void => {
  lastSearch = url;
};
export const lastCatalogSearch = (): string => lastSearch;
