import { api } from '../../api/endpoints.js';
import type { ListingFilters } from '../../api/types.js';
import { LoadMore } from '../../components/load-more.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { usePaged } from '../../lib/use-paged.js';
import { filtersKey } from './filters.js';
import { ListingTable } from './listing-table.js';

/** Listings matching the filters, a page at a time. */
interface ListingResultsProps {
  filters: ListingFilters;
  caption: string;
  showTrader?: boolean;
  empty?: string;
}

export function ListingResults({ filters, caption, showTrader, empty = t('catalog.empty') }: ListingResultsProps) {
  const paged = usePaged((cursor, signal) => api.listings(filters, cursor, signal), filtersKey(filters));
  if (paged.items.length === 0) {
    if (paged.loading) return <Loading />;
    if (paged.error !== null) return <ErrorNotice error={paged.error} onRetry={paged.retry} />;
    return <EmptyState>{empty}</EmptyState>;
  }
  return (
    <>
      <ListingTable items={paged.items} caption={caption} showTrader={showTrader} />
      <LoadMore paged={paged} />
    </>
  );
}
