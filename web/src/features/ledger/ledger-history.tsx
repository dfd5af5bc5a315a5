import { api } from '../../api/endpoints.js';
import type { ActorKind } from '../../api/types.js';
import { LoadMore } from '../../components/load-more.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime, hashPrefix } from '../../lib/format.js';
import { usePaged } from '../../lib/use-paged.js';

const actorKind = (k: ActorKind): string => t(`ledger.actorKind.${k}`);

/** A subject's events from the hash-chained ledger (`subject` is `type:id`, e.g. `listing:L-1`). */
export function LedgerHistory({ subject }: { subject: string }) {
  const paged = usePaged((cursor, signal) => api.ledger(subject, cursor, signal), subject);
  return (
    <section className="section card" aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">{t('ledger.title')}</h2>
      <p className="muted">{t('ledger.intro')}</p>
      {paged.items.length === 0 ? (
        paged.loading ? <Loading /> : paged.error !== null ? <ErrorNotice error={paged.error} onRetry={paged.retry} /> : <EmptyState>{t('ledger.empty')}</EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('ledger.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('ledger.seq')}</th>
                  <th scope="col">{t('ledger.type')}</th>
                  <th scope="col">{t('ledger.actor')}</th>
                  <th scope="col">{t('ledger.at')}</th>
                  <th scope="col">{t('ledger.hash')}</th>
                </tr>
              </thead>
              <tbody>
                {paged.items.map((e) => (
                  <tr key={e.seq}>
                    <td className="num">{e.seq}</td>
                    <th scope="row" className="mono">{e.type}</th>
                    <td>
                      {actorKind(e.actor_kind)} <span className="mono muted">{e.actor_id}</span>
                      {e.model_version && <span className="mono muted"> · {e.model_version}</span>}
                    </td>
                    <td className="nowrap"><time dateTime={e.at} title={e.at}>{formatDateTime(e.at)}</time></td>
                    <td className="mono" title={t('ledger.fullHash', { hash: e.hash })}>{hashPrefix(e.hash)}…</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore paged={paged} />
        </>
      )}
    </section>
  );
}
