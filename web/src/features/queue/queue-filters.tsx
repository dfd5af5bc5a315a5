import { useState, type FormEvent } from 'react';
import { CASE_STATUSES, KNOWN_QUEUES, type CaseFilters, type CaseStatus } from '../../api/case-types.js';
import { t } from '../../i18n/index.js';
import { navigate } from '../../router/navigation.js';
import { paths } from '../../router/routes.js';
import { queueLabel } from '../cases/labels.js';

const isStatus = (v: string): v is CaseStatus => (CASE_STATUSES as readonly string[]).includes(v);

export function queueFromQuery(query: URLSearchParams): CaseFilters {
  const queue = query.get('queue')?.trim() || undefined;
  const status = query.get('status')?.trim() ?? '';
  return { queue, status: isStatus(status) ? status : undefined };
}

export function queueToQuery(f: CaseFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (f.queue) query.set('queue', f.queue);
  if (f.status) query.set('status', f.status);
  return query;
}

/** Queues seen since the console was opened (e.g. `standard:de`), offered beside the known lanes. */
const seen = new Set<string>(KNOWN_QUEUES);
export const rememberQueues = (queues: readonly string[]): void => queues.forEach((q) => seen.add(q));

export function QueueFiltersForm({ initial }: { initial: CaseFilters }) {
  const [f, setF] = useState<CaseFilters>(initial);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    navigate(paths.queue(queueToQuery(f)));
  };
  const queues = [...new Set([...seen, ...(initial.queue ? [initial.queue] : [])])].sort();
  return (
    <form className="filters filters-compact" role="search" aria-label={t('queue.filters')} onSubmit={submit}>
      <div className="form-field">
        <label htmlFor="q-queue">{t('queue.queue')}</label>
        <select id="q-queue" value={f.queue ?? ''} onChange={(e) => setF((p) => ({ ...p, queue: e.target.value || undefined }))}>
          <option value="">{t('queue.allQueues')}</option>
          {queues.map((q) => <option key={q} value={q}>{queueLabel(q)}</option>)}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="q-status">{t('queue.status')}</label>
        <select id="q-status" value={f.status ?? ''} onChange={(e) => setF((p) => ({ ...p, status: isStatus(e.target.value) ? e.target.value : undefined }))}>
          <option value="">{t('queue.notClosed')}</option>
          {CASE_STATUSES.map((s) => <option key={s} value={s}>{t(`case.status.${s}`)}</option>)}
        </select>
      </div>
      <div className="filters-actions">
        <button type="submit" className="button button-primary">{t('queue.apply')}</button>
      </div>
    </form>
  );
}
