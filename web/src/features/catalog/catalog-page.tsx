import { useEffect } from 'react';
import { PageTitle } from '../../components/page-title.js';
import { t } from '../../i18n/index.js';
import { paths } from '../../router/routes.js';
import { filtersFromQuery, filtersKey, rememberSearch } from './filters.js';
import { ListingFiltersForm } from './listing-filters.js';
import { ListingResults } from './listing-results.js';

export function CatalogPage({ query }: { query: URLSearchParams }) {
  const filters = filtersFromQuery(query);
  const key = filtersKey(filters);
  const url = paths.catalog(query);
  useEffect(() => rememberSearch(url), [url]);
  return (
    <>
      <div className="page-header">
        <PageTitle title={t('catalog.title')} />
        <p className="muted">{t('catalog.intro')}</p>
      </div>
      {/* Keyed by the URL's filters so Back/Forward also reset the form fields. */}
      <ListingFiltersForm key={key} initial={filters} />
      <section aria-labelledby="results-heading" className="section">
        <h2 id="results-heading" className="visually-hidden">{t('catalog.results')}</h2>
        <ListingResults filters={filters} caption={t('catalog.results')} />
      </section>
    </>
  );
}
