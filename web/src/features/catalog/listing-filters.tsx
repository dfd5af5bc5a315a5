import { useState, type FormEvent } from 'react';
import { VISIBILITIES, type ListingFilters, type Visibility } from '../../api/types.js';
import { t } from '../../i18n/index.js';
import { navigate } from '../../router/navigation.js';
import { paths } from '../../router/routes.js';
import { filtersToQuery } from './filters.js';

/** The search box and filters; submitting puts them in the URL, which the results follow. */
export function ListingFiltersForm({ initial }: { initial: ListingFilters }) {
  const [f, setF] = useState<ListingFilters>(initial);
  const set = (k: keyof ListingFilters) => (e: { target: { value: string } }) => setF((prev) => ({ ...prev, [k]: e.target.value }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    navigate(paths.catalog(filtersToQuery({ ...f, language: f.language?.toLowerCase() })));
  };
  const reset = () => {
    setF({});
    navigate(paths.catalog());
  };

  return (
    <form className="filters" role="search" aria-label={t('catalog.filters')} onSubmit={submit}>
      <div className="form-field filters-query">
        <label htmlFor="f-q">{t('catalog.query')}</label>
        <input id="f-q" type="search" value={f.q ?? ''} onChange={set('q')} aria-describedby="f-q-hint" maxLength={200} />
        <p id="f-q-hint" className="hint">{t('catalog.queryHint')}</p>
      </div>
      <div className="form-field">
        <label htmlFor="f-visibility">{t('catalog.visibility')}</label>
        <select id="f-visibility" value={f.visibility ?? ''} onChange={(e) => setF((p) => ({ ...p, visibility: (e.target.value || undefined) as Visibility | undefined }))}>
          <option value="">{t('common.any')}</option>
          {VISIBILITIES.map((v) => <option key={v} value={v}>{t(`visibility.${v}`)}</option>)}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="f-language">{t('catalog.language')}</label>
        <input id="f-language" value={f.language ?? ''} onChange={set('language')} aria-describedby="f-language-hint"
          maxLength={2} pattern="[A-Za-z]{2}" autoComplete="off" spellCheck={false} />
        <p id="f-language-hint" className="hint">{t('catalog.languageHint')}</p>
      </div>
      <div className="form-field">
        <label htmlFor="f-trader">{t('catalog.traderId')}</label>
        <input id="f-trader" value={f.trader_id ?? ''} onChange={set('trader_id')} maxLength={128} autoComplete="off" spellCheck={false} />
      </div>
      <div className="form-field">
        <label htmlFor="f-brand">{t('catalog.brand')}</label>
        <input id="f-brand" value={f.brand ?? ''} onChange={set('brand')} maxLength={200} autoComplete="off" />
      </div>
      <div className="filters-actions">
        <button type="submit" className="button button-primary">{t('common.search')}</button>
        <button type="button" className="button button-secondary" onClick={reset}>{t('common.reset')}</button>
      </div>
    </form>
  );
}
