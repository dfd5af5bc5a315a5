import { enforcementApi, type PolicyThreshold } from '../../api/enforcement.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { useResource } from '../../lib/use-resource.js';

function label(th: PolicyThreshold): string {
  switch (th.kind) {
    case 'strike': return t('policy.kind.strike', { label: th.label });
    case 'warning': return t('policy.kind.warning');
    case 'suspension': return t('policy.kind.suspension');
    case 'termination': return t('policy.kind.termination');
    case 'affiliate': return t('policy.kind.affiliate');
    default: return t('policy.kind.category', { label: th.label.replace('STATEMENT_CATEGORY_', '').replaceAll('_', ' ').toLowerCase() });
  }
}

/** Read-only: the penalty policy in force, each threshold with the published clause that states it (Art. 14, Art. 23(1); TC-1). */
export function PolicyPage() {
  const res = useResource((signal) => enforcementApi.policy(signal), 'policy');
  return (
    <>
      <PageTitle title={t('policy.title')} />
      <p className="muted">{t('policy.intro')}</p>
      {res.state === 'loading' && <Loading />}
      {res.state === 'error' && <ErrorNotice error={res.error} onRetry={res.retry} />}
      {res.state === 'ready' && (
        <>
          <p>{t('policy.version', { policy: res.data.policy.version, terms: res.data.terms?.version ?? '—' })}</p>
          {res.data.mismatches.length === 0
            ? <p className="notice notice-success" role="status" data-testid="policy-consistent">{t('policy.consistent')}</p>
            : (
              <div className="notice notice-error" role="alert">
                <p>{t('policy.mismatch')}</p>
                <ul>{res.data.mismatches.map((m) => <li key={`${m.path}${m.problem}`}><span className="mono">{m.path}</span>: {m.problem}</li>)}</ul>
              </div>
            )}
          <div className="table-wrap card">
            <table className="table">
              <caption>{t('policy.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('policy.col.threshold')}</th>
                  <th scope="col">{t('policy.col.value')}</th>
                  <th scope="col">{t('policy.col.clause')}</th>
                </tr>
              </thead>
              <tbody>
                {res.data.thresholds.map((th) => (
                  <tr key={`${th.kind}-${th.label}`} data-kind={th.kind}>
                    <th scope="row">{label(th)}</th>
                    <td>{th.value}</td>
                    <td>
                      <span className="mono">{th.clause_id}</span> {th.clause_title && <strong>{th.clause_title}</strong>}
                      {th.clause_text && <p className="clause-text">{th.clause_text}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
