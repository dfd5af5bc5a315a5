import { enforcementApi, type ActorEnforcement, type TimelineEntry } from '../../api/enforcement.js';
import { FieldList } from '../../components/field-list.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';

function detail(e: TimelineEntry): string {
  const d = e.detail;
  if (e.kind === 'strike') return t('enforcement.detail.strike', { points: String(d.points ?? 0), severity: d.severity ?? '' });
  if (e.kind === 'warning' || e.kind === 'suspension' || e.kind === 'termination') {
    return [t('enforcement.detail.measure', { points: String(d.points ?? 0) }), d.until ? t('enforcement.detail.until', { until: formatDateTime(d.until) ?? d.until }) : '', d.immediate ? t('enforcement.detail.immediate') : ''].filter(Boolean).join(', ');
  }
  return d.measure ? t(`enforcement.kind.${d.measure as 'suspension'}`) : '';
}

const unconfirmed = (a: ActorEnforcement) => a.measures.filter((m) => m.status === 'active' && m.effect_required && !m.effect_confirmed_at);

/** A trader's (or affiliate's) standing and enforcement timeline: strikes, warnings, suspensions, confirmed effects (RO-1, RO-2, RO-4). */
export function EnforcementTimeline({ type, id }: { type: 'trader' | 'affiliate'; id: string }) {
  const res = useResource((signal) => Promise.all([enforcementApi.actor(type, id, signal), enforcementApi.timeline(type, id, signal)]), `${type}:${id}`);
  return (
    <section className="section card" aria-labelledby="enforcement-heading" data-testid="enforcement">
      <h2 id="enforcement-heading">{t('enforcement.title')}</h2>
      <p className="muted">{t('enforcement.intro')} <Link to={paths.policy()}>{t('nav.policy')}</Link></p>
      {res.state === 'loading' && <Loading />}
      {res.state === 'error' && <ErrorNotice error={res.error} onRetry={res.retry} />}
      {res.state === 'ready' && (() => {
        const [a, tl] = res.data;
        return (
          <>
            <FieldList fields={[
              [t('enforcement.standing'), <span className={`badge badge-standing-${a.standing.state}`} data-testid="standing">{t(`enforcement.state.${a.standing.state}`)}</span>],
              [t('enforcement.points'), String(a.standing.points)],
              [t('enforcement.suspendedUntil'), a.standing.suspended_until ? formatDateTime(a.standing.suspended_until) : null],
            ]} />
            {unconfirmed(a).length > 0 && <p className="notice notice-info" role="status">{t('enforcement.unconfirmed')}</p>}
            {tl.items.length === 0 ? <EmptyState>{t('enforcement.empty')}</EmptyState> : (
              <div className="table-wrap">
                <table className="table">
                  <caption>{t('enforcement.timelineCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('enforcement.col.at')}</th>
                      <th scope="col">{t('enforcement.col.event')}</th>
                      <th scope="col">{t('enforcement.col.detail')}</th>
                      <th scope="col">{t('enforcement.col.clause')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {tl.items.map((e, i) => (
                      <tr key={`${e.kind}-${e.ref}-${i}`} data-kind={e.kind}>
                        <td className="nowrap"><time dateTime={e.at} title={e.at}>{formatDateTime(e.at)}</time></td>
                        <th scope="row">{t(`enforcement.kind.${e.kind}`)}</th>
                        <td>
                          {detail(e)}
                          {(e.kind === 'strike' || e.kind === 'strike_withdrawn') && <> · <Link to={paths.statement(e.ref)}>{e.ref.slice(0, 8)}</Link></>}
                        </td>
                        <td className="mono">{e.detail.clause_id ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        );
      })()}
    </section>
  );
}
