/**
 * The app's pages and their URLs (history routing; the server answers unknown page paths with
 * index.html). Ids are percent-encoded with dots too: the server treats a path with a file
 * extension as a static asset, and marketplace ids such as `sku.123` may contain dots.
 * `/report` and `/notices/status/:id` are public; every other page needs a console session.
 */
export type Route =
  | { page: 'report'; query: URLSearchParams }
  | { page: 'notice-status'; id: string; query: URLSearchParams }
  | { page: 'queue'; query: URLSearchParams }
  | { page: 'case'; id: string }
  | { page: 'statement'; id: string }
  | { page: 'catalog'; query: URLSearchParams }
  | { page: 'listing'; id: string }
  | { page: 'traders'; query: URLSearchParams }
  | { page: 'trader'; id: string }
  | { page: 'complaint-new'; query: URLSearchParams }
  | { page: 'complaint-status'; id: string; query: URLSearchParams }
  | { page: 'complaints'; query: URLSearchParams }
  | { page: 'complaint'; id: string }
  | { page: 'disputes'; query: URLSearchParams }
  | { page: 'dispute'; id: string }
  | { page: 'policy' }
  | { page: 'approvals' }
  | { page: 'flaggers'; query: URLSearchParams }
  | { page: 'not-found' };

export type PublicRoute = Extract<Route, { page: 'report' | 'notice-status' | 'complaint-new' | 'complaint-status' }>;
export const isPublicRoute = (r: Route): r is PublicRoute => r.page === 'report' || r.page === 'notice-status' || r.page === 'complaint-new' || r.page === 'complaint-status';

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
  report: (query?: URLSearchParams) => withSearch('/report', query),
  noticeStatus: (id: string, token: string, lang?: string) =>
    withSearch(`/notices/status/${encodeId(id)}`, new URLSearchParams({ token, ...(lang ? { lang } : {}) })),
  queue: (query?: URLSearchParams) => withSearch('/queue', query),
  case: (id: string) => `/cases/${encodeId(id)}`,
  statement: (decisionId: string) => `/statements/${encodeId(decisionId)}`,
  catalog: (query?: URLSearchParams) => withSearch('/listings', query),
  listing: (id: string) => `/listings/${encodeId(id)}`,
  traders: (query?: URLSearchParams) => withSearch('/traders', query),
  trader: (id: string) => `/traders/${encodeId(id)}`,
  complaintNew: (query: URLSearchParams) => withSearch('/complaints/new', query),
  complaintStatus: (id: string, token: string, lang?: string) =>
    withSearch(`/complaints/status/${encodeId(id)}`, new URLSearchParams({ token, ...(lang ? { lang } : {}) })),
  complaints: (query?: URLSearchParams) => withSearch('/complaints', query),
  complaint: (id: string) => `/complaints/${encodeId(id)}`,
  disputes: (query?: URLSearchParams) => withSearch('/disputes', query),
  dispute: (id: string) => `/disputes/${encodeId(id)}`,
  policy: () => '/enforcement/policy',
  approvals: () => '/approvals',
  flaggers: (query?: URLSearchParams) => withSearch('/trusted-flaggers', query),
};

export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  const query = new URLSearchParams(search);
  if (parts.length === 3 && parts[0] === 'notices' && parts[1] === 'status') {
    const id = decodeId(parts[2]!);
    return id === null ? { page: 'not-found' } : { page: 'notice-status', id, query };
  }
  if (parts.length === 3 && parts[0] === 'complaints' && parts[1] === 'status') {
    const id = decodeId(parts[2]!);
    return id === null ? { page: 'not-found' } : { page: 'complaint-status', id, query };
  }
  if (parts.length === 2 && parts[0] === 'complaints' && parts[1] === 'new') return { page: 'complaint-new', query };
  const [section, raw, ...rest] = parts;
  if (rest.length > 0) return { page: 'not-found' };
  if (section === undefined) return { page: 'catalog', query };
  const id = raw === undefined ? undefined : decodeId(raw);
  if (id === null) return { page: 'not-found' };
  if (section === 'report') return id === undefined ? { page: 'report', query } : { page: 'not-found' };
  if (section === 'queue') return id === undefined ? { page: 'queue', query } : { page: 'not-found' };
  if (section === 'cases') return id === undefined ? { page: 'queue', query } : { page: 'case', id };
  if (section === 'statements' && id !== undefined) return { page: 'statement', id };
  if (section === 'listings') return id === undefined ? { page: 'catalog', query } : { page: 'listing', id };
  if (section === 'traders') return id === undefined ? { page: 'traders', query } : { page: 'trader', id };
  if (section === 'complaints') return id === undefined ? { page: 'complaints', query } : { page: 'complaint', id };
  if (section === 'enforcement') return id === 'policy' ? { page: 'policy' } : { page: 'not-found' };
  if (section === 'approvals') return id === undefined ? { page: 'approvals' } : { page: 'not-found' };
  if (section === 'trusted-flaggers') return id === undefined ? { page: 'flaggers', query } : { page: 'not-found' };
  if (section === 'disputes') return id === undefined ? { page: 'disputes', query } : { page: 'dispute', id };
  return { page: 'not-found' };
}
