import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { flaggerApi, type FlaggerAccuracy } from '../../api/flaggers.js';
import { FormField } from '../../components/form-field.js';
import { PageTitle } from '../../components/page-title.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { countryName } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';
import { navigate } from '../../router/navigation.js';
import { paths } from '../../router/routes.js';
import { duration, percent } from './format.js';
import { periodFromQuery, periodToQuery, type Period } from './period.js';
import { ReportPanel } from './report-panel.js';

function PeriodForm({ initial }: { initial: Period }) {
  const [p, setP] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!(p.from < p.to)) return setError(t('flaggers.v.period'));
    setError(undefined);
    navigate(paths.flaggers(periodToQuery(p)));
  };
  return (
    <form className="filters filters-compact" aria-label={t('flaggers.period')} onSubmit={submit} noValidate>
      <FormField id="flaggers-from" label={t('flaggers.from')}>
        {(c) => <input {...c} type="date" required value={p.from} onChange={(e) => setP((x) => ({ ...x, from: e.target.value }))} />}
      </FormField>
      <FormField id="flaggers-to" label={t('flaggers.to')} error={error}>
        {(c) => <input {...c} type="date" required value={p.to} onChange={(e) => setP((x) => ({ ...x, to: e.target.value }))} />}
      </FormField>
      <div className="filters-actions">
        <button type="submit" className="button button-primary">{t('flaggers.show')}</button>
      </div>
    </form>
  );
}

function AccuracyTable({ items, period, onPrepare }: { items: FlaggerAccuracy[]; period: Period; onPrepare: (f: FlaggerAccuracy) => void }) {
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <div className="table-wrap">
      <table className="table table-flaggers">
        <caption>{t('flaggers.caption', { from: period.from, to: period.to })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('flaggers.col.flagger')}</th>
            <th scope="col" className="num">{t('flaggers.col.notices')}</th>
            <th scope="col" className="num">{t('flaggers.col.decided')}</th>
            <th scope="col" className="num">{t('flaggers.col.unfounded')}</th>
            <th scope="col" className="num">{t('flaggers.col.share')}</th>
            <th scope="col" className="num">{t('flaggers.col.outside')}</th>
            <th scope="col">{t('flaggers.col.median')}</th>
            <th scope="col">{t('flaggers.col.threshold')}</th>
            <th scope="col">{t('flaggers.col.report')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id} data-flagger={f.id} data-crossed={f.threshold_crossed}>
              <th scope="row" className="cell-main">
                {f.name}
                <span className="small muted flagger-meta">
                  {f.id} · {t('flaggers.awardedBy', { state: countryName(f.awarding_member_state) })}
                  {f.status !== 'active' && ` · ${t(`flaggers.status.${f.status}` as 'flaggers.status.active')}`}
                </span>
              </th>
              <td className="num">{f.notices}</td>
              <td className="num">{f.decided}</td>
              <td className="num">{f.unfounded}</td>
              <td className="num">{f.unfounded_share === null ? none : percent(f.unfounded_share)}</td>
              <td className="num">{f.outside_expertise}</td>
              <td className="nowrap">{f.median_handling_seconds === null ? none : duration(f.median_handling_seconds)}</td>
              <td>
                {f.threshold_crossed
                  ? <span className="badge badge-threshold-crossed">{t('flaggers.crossed')}</span>
                  : <span className="badge badge-threshold-below">{t('flaggers.below')}</span>}
              </td>
              <td>
                <button type="button" className="button button-secondary" aria-label={t('flaggers.prepareFor', { name: f.name })} onClick={() => onPrepare(f)}>
                  {t('flaggers.prepare')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * For compliance officers (Art. 22(6), TF-2): each trusted flagger's accuracy over a period, who
 * crosses the configured threshold, and the report package for the awarding coordinator.
 */
export function FlaggersPage({ query }: { query: URLSearchParams }) {
  const period = periodFromQuery(query);
  const key = `${period.from}|${period.to}`;
  const res = useResource((signal) => flaggerApi.accuracy(period.from, period.to, signal), key);
  const [selected, setSelected] = useState<{ flagger: FlaggerAccuracy; key: string } | null>(null);
  const forbidden = res.state === 'error' && res.error instanceof ApiError && res.error.status === 403;
  return (
    <>
      <div className="page-header">
        <PageTitle title={t('flaggers.title')} />
        <p className="muted">{t('flaggers.intro')}</p>
      </div>
      {forbidden && <EmptyState>{t('flaggers.forbidden')}</EmptyState>}
      {!forbidden && <PeriodForm key={key} initial={period} />}
      {res.state === 'loading' && <Loading />}
      {res.state === 'error' && !forbidden && <ErrorNotice error={res.error} onRetry={res.retry} />}
      {res.state === 'ready' && (
        <section className="section" aria-label={t('flaggers.title')}>
          <p data-testid="flaggers-threshold">{t('flaggers.threshold', { min: res.data.threshold.min_decided, share: percent(res.data.threshold.unfounded_share) })}</p>
          {res.data.items.length === 0
            ? <EmptyState>{t('flaggers.none')}</EmptyState>
            : <AccuracyTable items={res.data.items} period={period} onPrepare={(f) => setSelected({ flagger: f, key })} />}
        </section>
      )}
      {selected && selected.key === key && (
        <ReportPanel key={`${selected.flagger.id}|${key}`} flagger={selected.flagger} period={period} onClose={() => setSelected(null)} />
      )}
    </>
  );
}
