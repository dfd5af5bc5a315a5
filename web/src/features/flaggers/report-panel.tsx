import { useEffect, useRef, useState } from 'react';
import { flaggerApi, type FlaggerAccuracy, type FlaggerReport } from '../../api/flaggers.js';
import { FieldList } from '../../components/field-list.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { countryName, formatDateTime } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';
import { percent } from './format.js';
import type { Period } from './period.js';

const fileName = (r: FlaggerReport, p: Period) => `trusted-flagger-report-${r.flagger.id.replace(/[^A-Za-z0-9._-]/g, '_')}-${p.from}-${p.to}.json`;

/** The package exactly as the API made it (its SHA-256 covers the canonical JSON), offered as a file. */
function useDownload(report: FlaggerReport | null): string | null {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    if (!report) return undefined;
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [report]);
  return href;
}

function Summary({ r, period }: { r: FlaggerReport; period: Period }) {
  const href = useDownload(r);
  return (
    <>
      <FieldList fields={[
        [t('flaggers.report.period'), `${period.from} – ${period.to}`],
        [t('flaggers.report.coordinator'), countryName(r.flagger.awarding_member_state)],
        [t('flaggers.report.counts'), `${r.counts.notices} · ${r.counts.decided} · ${r.counts.unfounded}`],
        [t('flaggers.report.share'), r.counts.unfounded_share === null ? null : percent(r.counts.unfounded_share)],
        [t('flaggers.report.reversed'), String(r.counts.decisions_reversed_on_redress)],
        [t('flaggers.report.examples'), String(r.unfounded_examples.length)],
        [t('flaggers.report.threshold'), r.threshold.crossed ? t('flaggers.crossed') : t('flaggers.below')],
        [t('flaggers.report.generated'), formatDateTime(r.generated_at)],
        [t('flaggers.report.sha'), <span className="mono break" data-testid="report-sha">{r.package_sha256}</span>],
      ]} />
      <p className="hint">{t('flaggers.report.next', { state: countryName(r.flagger.awarding_member_state) })}</p>
      {href && <p className="report-actions"><a className="button button-primary" href={href} download={fileName(r, period)}>{t('flaggers.report.download')}</a></p>}
    </>
  );
}

/** Prepares the Art. 22(6) package (TF-2) for one flagger and period, and offers it for download. */
export function ReportPanel({ flagger, period, onClose }: { flagger: FlaggerAccuracy; period: Period; onClose: () => void }) {
  const res = useResource((signal) => flaggerApi.report(flagger.id, period.from, period.to, signal), `${flagger.id}|${period.from}|${period.to}`);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <section className="card section" aria-labelledby="flagger-report-heading">
      <h2 id="flagger-report-heading" ref={heading} tabIndex={-1}>{t('flaggers.report.title', { name: flagger.name })}</h2>
      {res.state === 'loading' && <Loading label={t('flaggers.report.preparing')} />}
      {res.state === 'error' && <ErrorNotice error={res.error} onRetry={res.retry} />}
      {res.state === 'ready' && <Summary r={res.data} period={period} />}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>{t('flaggers.report.close')}</button>
      </div>
    </section>
  );
}
