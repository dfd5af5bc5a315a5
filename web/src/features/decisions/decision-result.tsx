import { useEffect, useRef } from 'react';
import type { DecisionResult } from '../../api/case-types.js';
import { t } from '../../i18n/index.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';

/** What a submitted decision became, announced and focused, with the way to its statement(s) of reasons. */
export function DecisionResultNotice({ result }: { result: DecisionResult }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [result]);
  const pending = result.status === 'pending_approval';
  return (
    <div ref={ref} tabIndex={-1} role="status" className="notice notice-success decision-result">
      <p className="notice-message">{t('decision.result.title')} — {t(`decision.status.${result.status}`)}</p>
      <p>{t(`decision.result.${result.status}`)}</p>
      {!pending && (
        <ul className="result-links">
          {result.decision_ids.map((id) => (
            <li key={id}><Link to={paths.statement(id)}>{t('decision.result.statement')}</Link> <span className="mono muted small">{id}</span></li>
          ))}
        </ul>
      )}
    </div>
  );
}
