import { api } from '../../api/endpoints.js';
import type { ClusterCandidate, ClusterReason } from '../../api/work-types.js';
import { t, tn } from '../../i18n/index.js';
import { useResource } from '../../lib/use-resource.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import type { DraftFieldsProps } from './decision-ground-fields.js';

const REASONS: readonly ClusterReason[] = ['same_image', 'similar_text', 'same_trader'];
export const clusterId = (id: string) => `d-also-${id}`;

function CandidateRow({ c, checked, onChange }: { c: ClusterCandidate; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <li className="cluster-candidate">
      <label className="check-inline">
        <input id={clusterId(c.id)} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>
          <span className="file-name">{c.title}</span> <span className="mono muted small">{c.id}</span>
        </span>
      </label>
      <span className="small">
        {c.reasons.map((r) => <span key={r} className="badge badge-source">{t(`cluster.reason.${r}`)}</span>)}
        {c.similarity !== null && <span className="muted"> {t('cluster.similarity', { percent: String(Math.round(c.similarity * 100)) })}</span>}
        <span className="muted"> · {t('cluster.visibility', { value: c.visibility })} · </span>
        <Link to={paths.listing(c.id)}>{c.id}</Link>
      </span>
    </li>
  );
}

/** Cluster members to decide in the same action (`also_items`): suggested by the API, picked by the reviewer. */
export function ClusterFields({ caseId, d, set }: Pick<DraftFieldsProps, 'd' | 'set'> & { caseId: string }) {
  const res = useResource((signal) => api.clusterCandidates(caseId, signal), caseId);
  const toggle = (id: string, on: boolean) => set('alsoItems', on ? [...new Set([...d.alsoItems, id])] : d.alsoItems.filter((x) => x !== id));
  const items = res.state === 'ready' ? res.data.items : [];
  const present = REASONS.filter((r) => items.some((c) => c.reasons.includes(r)));
  return (
    <fieldset className="form-section" aria-describedby="d-cluster-intro">
      <legend>{t('cluster.title')}</legend>
      <p id="d-cluster-intro" className="hint">{t('cluster.intro')}</p>
      {res.state === 'loading' && <p className="muted small">{t('cluster.loading')}</p>}
      {res.state === 'error' && <p className="muted small">{t('cluster.unavailable')}</p>}
      {res.state === 'ready' && items.length === 0 && <p className="muted small">{t('cluster.none')}</p>}
      {items.length > 0 && (
        <>
          <div className="form-actions cluster-actions">
            {present.map((r) => (
              <button key={r} type="button" className="button button-secondary" onClick={() => set('alsoItems', [...new Set([...d.alsoItems, ...items.filter((c) => c.reasons.includes(r)).map((c) => c.id)])])}>
                {t('cluster.selectReason', { reason: t(`cluster.reason.${r}`) })}
              </button>
            ))}
            {d.alsoItems.length > 0 && <button type="button" className="button button-secondary" onClick={() => set('alsoItems', [])}>{t('cluster.clear')}</button>}
          </div>
          <ul className="file-list cluster-list" aria-label={t('cluster.title')}>
            {items.map((c) => <CandidateRow key={c.id} c={c} checked={d.alsoItems.includes(c.id)} onChange={(on) => toggle(c.id, on)} />)}
          </ul>
          <p className="small" role="status">{d.alsoItems.length > 0 ? tn('cluster.selected', d.alsoItems.length) : ''}</p>
        </>
      )}
    </fieldset>
  );
}
