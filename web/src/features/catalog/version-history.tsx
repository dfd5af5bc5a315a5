import { api } from '../../api/endpoints.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { categoryPath, formatDateTime, hashPrefix } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';

/** Every content version Vigil recorded for a listing (text, images, brand or category changed). */
export function VersionHistory({ listingId, current }: { listingId: string; current: number }) {
  const res = useResource((signal) => api.listingVersions(listingId, signal), listingId);
  return (
    <section className="section card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versions.title')}</h2>
      {res.state === 'loading' && <Loading />}
      {res.state === 'error' && <ErrorNotice error={res.error} onRetry={res.retry} />}
      {res.state === 'ready' && res.data.items.length === 0 && <EmptyState>{t('versions.empty')}</EmptyState>}
      {res.state === 'ready' && res.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('versions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t('versions.version')}</th>
                <th scope="col" className="num">{t('versions.sourceVersion')}</th>
                <th scope="col">{t('versions.title.col')}</th>
                <th scope="col">{t('versions.brand')}</th>
                <th scope="col" className="num">{t('versions.images')}</th>
                <th scope="col">{t('versions.recordedAt')}</th>
                <th scope="col">{t('versions.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {res.data.items.map((v) => (
                <tr key={v.version} aria-current={v.version === current ? 'true' : undefined}>
                  <th scope="row" className="num">
                    {v.version}
                    {v.version === current && <span className="badge badge-current">{t('versions.current')}</span>}
                  </th>
                  <td className="num">{v.source_version}</td>
                  <td>
                    <span lang={v.language ?? undefined}>{v.title}</span>
                    {v.category_path.length > 0 && <span className="muted small">{categoryPath(v.category_path)}</span>}
                  </td>
                  <td>{v.brand ?? <span className="muted">{t('common.none')}</span>}</td>
                  <td className="num">{v.image_urls.length}</td>
                  <td className="nowrap">{formatDateTime(v.recorded_at) ?? t('common.none')}</td>
                  <td className="mono" title={v.content_hash}>{hashPrefix(v.content_hash)}…</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
