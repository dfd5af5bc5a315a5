import { useState, type FormEvent } from 'react';
import { TRADER_STATUSES, type TraderFilters, type TraderStatus } from '../../api/types.js';
import { t } from '../../i18n/index.js';
import { navigate } from '../../router/navigation.js';
import { paths } from '../../router/routes.js';

const isStatus = (v: string): v is TraderStatus => (TRADER_STATUSES as readonly string[]).includes(v);

export function tradersFromQuery(query: URLSearchParams): TraderFilters {
  const get = (k: string) => query.get(k)?.trim() || undefined;
  const status = get('status');
  return { q: get('q'), status: status && isStatus(status) ? status : undefined, country: get('country')?.toUpperCase() };
}

export function tradersToQuery(f: TraderFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const k of ['q', 'status', 'country'] as const) {
    const v = f[k]?.trim();
    if (v) query.set(k, v);
  }
  return query;
}

export function TraderFiltersForm({ initial }: { initial: TraderFilters }) {
  const [f, setF] = useState<TraderFilters>(initial);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    navigate(paths.traders(tradersToQuery({ ...f, country: f.country?.toUpperCase() })));
  };
  const reset = () => {
    setF({});
    navigate(paths.traders());
  };
  return (
    <form className="filters" role="search" aria-label={t('traders.filters')} onSubmit={submit}>
      <div className="form-field filters-query">
        <label htmlFor="t-q">{t('traders.query')}</label>
        <input id="t-q" type="search" value={f.q ?? ''} onChange={(e) => setF((p) => ({ ...p, q: e.target.value }))} aria-describedby="t-q-hint" maxLength={200} />
        <p id="t-q-hint" className="hint">{t('traders.queryHint')}</p>
      </div>
      <div className="form-field">
        <label htmlFor="t-status">{t('traders.status')}</label>
        <select id="t-status" value={f.status ?? ''} onChange={(e) => setF((p) => ({ ...p, status: isStatus(e.target.value) ? e.target.value : undefined }))}>
          <option value="">{t('common.any')}</option>
          {TRADER_STATUSES.map((s) => <option key={s} value={s}>{t(`traders.status.${s}`)}</option>)}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="t-country">{t('traders.country')}</label>
        <input id="t-country" value={f.country ?? ''} onChange={(e) => setF((p) => ({ ...p, country: e.target.value }))} aria-describedby="t-country-hint"
          maxLength={2} pattern="[A-Za-z]{2}" autoComplete="off" spellCheck={false} />
        <p id="t-country-hint" className="hint">{t('traders.countryHint')}</p>
      </div>
      <div className="filters-actions">
        <button type="submit" className="button button-primary">{t('common.search')}</button>
        <button type="button" className="button button-secondary" onClick={reset}>{t('common.reset')}</button>
      </div>
    </form>
  );
}
