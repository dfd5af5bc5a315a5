/**
 * The console's pages and their URLs (history routing; the server answers unknown page paths with
 * index.html). Ids are percent-encoded with dots too: the server treats a path with a file
 * extension as a static asset, and marketplace ids such as `sku.123` may contain dots.
 */
export type Route =
  | { page: 'catalog'; query: URLSearchParams }
  | { page: 'listing'; id: string }
  | { page: 'traders'; query: URLSearchParams }
  | { page: 'trader'; id: string }
  | { page: 'not-found' };

const encodeId = (id: string) => encodeURIComponent(id).replace(/\./g, '%2E');

function decodeId(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const withSearch = (path: string, query?: URLSearchParams) => {
  const qs = query?.toString() ?? '';
  return qs ? `${path}?${qs}` : path;
};

export const paths = {
  catalog: (query?: URLSearchParams) => withSearch('/listings', query),
  listing: (id: string) => `/listings/${encodeId(id)}`,
  traders: (query?: URLSearchParams) => withSearch('/traders', query),
  trader: (id: string) => `/traders/${encodeId(id)}`,
};

export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  const query = new URLSearchParams(search);
  const [section, raw, ...rest] = parts;
  if (rest.length > 0) return { page: 'not-found' };
  if (section === undefined) return { page: 'catalog', query };
  const id = raw === undefined ? undefined : decodeId(raw);
  if (id === null) return { page: 'not-found' };
  if (section === 'listings') return id === undefined ? { page: 'catalog', query } : { page: 'listing', id };
  if (section === 'traders') return id === undefined ? { page: 'traders', query } : { page: 'trader', id };
  return { page: 'not-found' };
}
