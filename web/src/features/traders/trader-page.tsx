import { api } from '../../api/endpoints.js';
import { TraderStatusBadge } from '../../components/badges.js';
import { FieldList } from '../../components/field-list.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { ListingResults } from '../catalog/listing-results.js';
import { EnforcementTimeline } from '../enforcement/enforcement-timeline.js';
import { LedgerHistory } from '../ledger/ledger-history.js';

/** One trader with its listings and its ledger events. */
export function TraderPage({ id }: { id: string }) {
  const res = useResource((signal) => api.trader(id, signal), id);
  return (
    <>
      <p className="breadcrumb"><Link to={paths.traders()}>← {t('common.back', { page: t('nav.traders') })}</Link></p>
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
            <PageTitle title={res.data.display_name} />
            <TraderStatusBadge value={res.data.status} />
          </div>
          <section className="card" aria-labelledby="trader-details-heading">
            <h2 id="trader-details-heading">{t('trader.details')}</h2>
            <FieldList fields={[
              [t('trader.field.id'), <span className="mono">{res.data.id}</span>],
              [t('trader.field.legalName'), res.data.legal_name],
              [t('trader.field.country'), res.data.country],
              [t('trader.field.status'), <TraderStatusBadge value={res.data.status} />],
              [t('trader.field.joinedAt'), formatDateTime(res.data.joined_at)],
              [t('trader.field.createdAt'), formatDateTime(res.data.created_at)],
              [t('trader.field.updatedAt'), formatDateTime(res.data.updated_at)],
            ]} />
          </section>
          <section className="section card" aria-labelledby="trader-listings-heading">
            <h2 id="trader-listings-heading">{t('trader.listings')}</h2>
            <ListingResults filters={{ trader_id: id }} caption={t('trader.listings')} showTrader={false} empty={t('trader.noListings')} />
          </section>
          <EnforcementTimeline type="trader" id={id} />
          <LedgerHistory subject={`trader:${id}`} />
        </>
      )}
    </>
  );
}
