import type { TraderStatus, Visibility } from '../api/types.js';
import { t } from '../i18n/index.js';

export function VisibilityBadge({ value }: { value: Visibility }) {
  return <span className={`badge badge-${value}`}>{t(`visibility.${value}`)}</span>;
}

export function TraderStatusBadge({ value }: { value: TraderStatus }) {
  return <span className={`badge badge-trader-${value}`}>{t(`traders.status.${value}`)}</span>;
}
