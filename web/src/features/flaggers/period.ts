/**
 * The report period in the URL: `from` included, `to` not (the API's and the CLI's convention).
 * Without one, the last 90 days up to and including today.
 */
export interface Period {
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const day = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function defaultPeriod(now = new Date()): Period {
  const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 89);
  return { from: day(from), to: day(to) };
}

export function periodFromQuery(query: URLSearchParams): Period {
  const d = defaultPeriod();
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  return { from: DATE.test(from) ? from : d.from, to: DATE.test(to) ? to : d.to };
}

export const periodToQuery = (p: Period): URLSearchParams => new URLSearchParams({ from: p.from, to: p.to });
