import type { NoticeReceipt } from '../../api/notice-types.js';
import { FieldList } from '../../components/field-list.js';
import { PageTitle } from '../../components/page-title.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';

interface ReceiptProps {
  receipt: NoticeReceipt;
  email: string | null;
  lang: string;
  onAnother: () => void;
}

/** The confirmation of receipt (Art. 16(4)) on screen: reference, time and the private status link. */
export function Receipt({ receipt, email, lang, onAnother }: ReceiptProps) {
  // The API builds the link on its configured public URL; the page the person is on is the one they can open.
  const statusPath = paths.noticeStatus(receipt.id, receipt.status_token, lang);
  const statusUrl = `${window.location.origin}${statusPath}`;
  return (
    <section className="card public-card receipt" aria-labelledby="receipt-title">
      <div className="receipt-head">
        <span className="receipt-check" aria-hidden="true">✓</span>
        <div id="receipt-title"><PageTitle title={t('receipt.title')} focus /></div>
      </div>
      <p>{t('receipt.intro')}</p>
      <FieldList fields={[
        [t('receipt.reference'), <strong className="mono">{receipt.reference}</strong>],
        [t('receipt.received'), <time dateTime={receipt.received_at}>{formatDateTime(receipt.received_at)}</time>],
        [t('receipt.items'), receipt.locations],
      ]} />
      {email && <p className="notice notice-info">{t('receipt.emailed', { email })}</p>}
      <h2 className="receipt-link-title">{t('receipt.statusLink')}</h2>
      <p className="hint">{t('receipt.statusHint')}</p>
      <p className="status-link mono break">{statusUrl}</p>
      <div className="form-actions">
        <Link to={statusPath} className="button button-primary">{t('receipt.open')}</Link>
        <button type="button" className="button button-secondary" onClick={onAnother}>{t('receipt.another')}</button>
      </div>
    </section>
  );
}
