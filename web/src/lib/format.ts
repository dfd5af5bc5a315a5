/** Locale-aware display of dates, money, sizes and hashes, in the current language. */
import { formatLocale } from '../i18n/index.js';

const dateTimes = new Map<string, Intl.DateTimeFormat>();

function dateTime(): Intl.DateTimeFormat {
  const locale = formatLocale();
  const f = dateTimes.get(locale) ?? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  dateTimes.set(locale, f);
  return f;
}

export function formatDateTime(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime().format(d);
}

export function formatPrice(price: number | null, currency: string | null): string | null {
  if (price === null) return null;
  const locale = formatLocale();
  if (!currency) return new Intl.NumberFormat(locale).format(price);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(price);
  } catch {
    return `${new Intl.NumberFormat(locale).format(price)} ${currency}`;
  }
}

/** Bytes as kB or MB, e.g. "68 kB". */
export function formatBytes(bytes: number): string {
  const locale = formatLocale();
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

/** A member state's name in the current language (GR → Greece). */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([formatLocale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
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
