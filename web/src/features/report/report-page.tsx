import { useState } from 'react';
import type { NoticeReceipt } from '../../api/notice-types.js';
import { PageTitle } from '../../components/page-title.js';
import { isItemKind, ITEM_ID } from '../../domain/taxonomy.js';
import { t } from '../../i18n/index.js';
import { NoticeForm } from './notice-form.js';
import type { NoticeDraft } from './notice-model.js';
import { Receipt } from './receipt.js';

/**
 * The draft a marketplace's "Report" link opens: `/report?item=listing:ID&url=…` names the item
 * (any kind: listing, store page, review, ad, affiliate link, livestream) so nobody types it.
 */
export function draftFromQuery(query: URLSearchParams): NoticeDraft {
  const raw = query.get('item') ?? '';
  const colon = raw.indexOf(':');
  const kind = raw.slice(0, colon);
  const id = raw.slice(colon + 1);
  const url = query.get('url')?.trim() || undefined;
  const item = colon > 0 && isItemKind(kind) && ITEM_ID.test(id) ? { kind, id, url } : null;
  return {
    item, urls: item ? [] : [url ?? ''], category: '', explanation: '', memberStates: [], legalGround: '', files: [],
    csam: false, name: '', email: '', goodFaith: false,
  };
}

/** The public notice form and, once sent, its receipt. No account, no detours (NA-1, NA-9). */
export function ReportPage({ query, lang }: { query: URLSearchParams; lang: string }) {
  const [receipt, setReceipt] = useState<{ receipt: NoticeReceipt; email: string | null } | null>(null);
  const [round, setRound] = useState(0);
  if (receipt) {
    return <Receipt receipt={receipt.receipt} email={receipt.email} lang={lang} onAnother={() => {
      setReceipt(null);
      setRound((n) => n + 1);
    }} />;
  }
  return (
    <div className="card public-card">
      <div className="page-header">
        <PageTitle title={t('report.title')} />
        <p className="muted">{t('report.intro')}</p>
      </div>
      <NoticeForm key={round} initial={draftFromQuery(query)} lang={lang} onReceipt={(r, email) => setReceipt({ receipt: r, email })} />
    </div>
  );
}
