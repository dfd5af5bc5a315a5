/** Shares and handling times as the trusted-flagger page shows them. */
import { formatLocale, t } from '../../i18n/index.js';

export const percent = (share: number): string => new Intl.NumberFormat(formatLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);

export function duration(seconds: number): string {
  const n = (v: number) => new Intl.NumberFormat(formatLocale(), { maximumFractionDigits: 1 }).format(v);
  if (seconds < 3600) return t('flaggers.minutes', { n: Math.round(seconds / 60) });
  if (seconds < 48 * 3600) return t('flaggers.hours', { n: n(seconds / 3600) });
  return t('flaggers.days', { n: n(seconds / 86_400) });
}
