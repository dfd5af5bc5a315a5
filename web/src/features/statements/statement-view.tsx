import type { TdbStatement, TraderStatement } from '../../api/case-types.js';
import { FieldList } from '../../components/field-list.js';
import { t } from '../../i18n/index.js';
import { safeHref } from '../../lib/format.js';

/** The statement as the trader reads it: Art. 17(3)(a)–(f), one section each, in the trader's language. */
export function TraderStatementView({ s }: { s: TraderStatement }) {
  const href = safeHref(s.complaintUrl);
  return (
    <section className="card statement" aria-labelledby="trader-statement-heading" lang={s.language}>
      <h2 id="trader-statement-heading">{t('statement.trader.title')}</h2>
      <p className="hint" lang="en">{t('statement.trader.intro', { language: s.language.toUpperCase() })}</p>
      <p className="statement-subject">{s.subject}</p>
      {s.sections.map((sec) => (
        <div key={sec.element} className="statement-section">
          <h3>{sec.heading}</h3>
          <ul>{sec.lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
        </div>
      ))}
      {href && <p className="small" lang="en">{t('statement.trader.complaint')} <a href={href} className="mono break" target="_blank" rel="noopener noreferrer">{s.complaintUrl}</a></p>}
    </section>
  );
}

/** Enum values such as `DECISION_GROUND_ILLEGAL_CONTENT` (or lists of them) read better in monospace. */
const CODES = /^[A-Z0-9_]+(, [A-Z0-9_]+)*$/;
const label = (key: string) => key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

function value(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(value).join(', ');
  if (typeof v === 'object') return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}: ${value(x)}`).join(', ');
  return String(v);
}

/** The record for the Transparency Database (Art. 24(5)): vetted fields, no personal data. */
export function TdbStatementView({ s }: { s: TdbStatement }) {
  return (
    <section className="card statement" aria-labelledby="tdb-heading">
      <h2 id="tdb-heading">{t('statement.tdb.title')}</h2>
      <p className="hint">{t('statement.tdb.intro')}</p>
      <FieldList fields={Object.entries(s).map(([k, v]) => {
        const text = value(v);
        return [label(k), text === '' ? null : <span className={CODES.test(text) ? 'mono' : undefined}>{text}</span>] as const;
      })} />
      <details className="disclosure">
        <summary>{t('statement.tdb.json')}</summary>
        <pre className="json">{JSON.stringify(s, null, 2)}</pre>
      </details>
    </section>
  );
}
