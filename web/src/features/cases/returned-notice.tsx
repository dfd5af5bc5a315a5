import type { CaseDecision } from '../../api/case-types.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { actionsLabel } from '../decisions/decision-labels.js';

/**
 * A severe decision the second reviewer did not approve comes back to the reviewer who proposed it
 * (TC-4): the reason is the first thing they see on the case, above the decision form. Shown while
 * the case is open and the rejected decision is the latest one taken on it.
 */
export function ReturnedNotice({ decisions, userId }: { decisions: CaseDecision[]; userId: string }) {
  const last = decisions[decisions.length - 1];
  if (!last || last.status !== 'rejected' || !last.rejection) return null;
  const yours = last.decided_by === `user:${userId}`;
  return (
    <section className="notice notice-returned section" aria-labelledby="returned-heading">
      <h2 id="returned-heading">{t(yours ? 'case.returned.titleYours' : 'case.returned.title')}</h2>
      <p>{t('case.returned.body', { action: actionsLabel(last.action), at: formatDateTime(last.rejection.at) ?? last.rejection.at })}</p>
      <blockquote className="prose explanation" data-testid="rejection-reason">{last.rejection.reason}</blockquote>
      <p>{t('case.returned.next')}</p>
    </section>
  );
}
