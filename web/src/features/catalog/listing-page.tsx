import { api } from '../../api/endpoints.js';
import { VisibilityBadge } from '../../components/badges.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { useResource } from '../../lib/use-resource.js';
import { Link } from '../../router/link.js';
import { LedgerHistory } from '../ledger/ledger-history.js';
import { lastCatalogSearch } from './filters.js';
import { ListingDetails } from './listing-details.js';
import { VersionHistory } from './version-history.js';

/** One listing as it is now, with its content versions and its ledger events. */
export function ListingPage({ id }: { id: string }) {
  const res = useResource((signal) => api.listing(id, signal), id);
  return (
    <>
      <p className="breadcrumb"><Link to={lastCatalogSearch()}>← {t('common.back', { page: t('nav.catalog') })}</Link></p>
      {res.state === 'loading' && <Loading />}
      {res.state === 'error' && (
        <>
          <PageTitle title={id} />
          <ErrorNotice error={res.error} onRetry={res.retry} />
        </>
      )}
      {res.state === 'ready' && (
        <>
          <div className="page-header page-header-row">
            <PageTitle title={res.data.title}>
              <span lang={res.data.language ?? undefined}>{res.data.title}</span>
            </PageTitle>
            <VisibilityBadge value={res.data.visibility} />
          </div>
          <ListingDetails listing={res.data} />
          <VersionHistory listingId={id} current={res.data.version} />
          <LedgerHistory subject={`listing:${id}`} />
        </>
      )}
    </>
  );
}
