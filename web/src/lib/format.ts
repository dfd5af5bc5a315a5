/** Locale-aware display of dates, money and hashes. */
import { formatLocale as locale } from '../i18n/index.js';

const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });

export function formatDateTime(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

export function formatPrice(price: number | null, currency: string | null): string | null {
  if (price === null) return null;
  if (!currency) return new Intl.NumberFormat(locale).format(price);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(price);
  } catch {
    return `${new Intl.NumberFormat(locale).format(price)} ${currency}`;
  }
}

/** Enough of a SHA-256 hex digest to compare by eye; the full value is in the cell title. */
export const hashPrefix = (hash: string): string => hash.slice(0, 12);

export const categoryPath = (path: string[]): string | null => (path.length > 0 ? path.join(' › ') : null);

/** Only http(s) URLs become links: listing data comes from outside and may carry `javascript:` URLs. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
