import { useCallback } from 'react';
import { PUBLIC_LANGUAGE_CODES, pickLocale, setLocale } from '../../i18n/index.js';
import { navigate } from '../../router/navigation.js';
import type { PublicRoute } from '../../router/routes.js';
import { ComplaintFormPage } from '../complaints/complaint-form-page.js';
import { ComplaintStatusPage } from '../complaints/complaint-status-page.js';
import { t } from '../../i18n/index.js';
import { PublicFrame } from './public-frame.js';
import { ReportPage } from './report-page.js';
import { StatusPage } from './status-page.js';

/** Switches language by putting it in the URL, so a reload or a shared link keeps it. */
function withLanguage(code: string): string {
  const query = new URLSearchParams(window.location.search);
  query.set('lang', code);
  return `${window.location.pathname}?${query.toString()}`;
}

/** The pages anyone may open without an account: the notice form and the notifier's status page. */
export function PublicApp({ route }: { route: PublicRoute }) {
  const lang = pickLocale(PUBLIC_LANGUAGE_CODES, route.query.get('lang'));
  // The language comes from the URL: set it before the children render their messages.
  setLocale(lang);
  const switchTo = useCallback((code: string) => navigate(withLanguage(code), { replace: true }), []);
  return (
    route.page === 'complaint-new' || route.page === 'complaint-status'
      ? (
        <PublicFrame lang={lang} onLanguage={switchTo} brand={t('complaint.brand')} footer={t('complaint.footer')}>
          {route.page === 'complaint-new' ? <ComplaintFormPage query={route.query} lang={lang} /> : <ComplaintStatusPage key={route.id} id={route.id} query={route.query} />}
        </PublicFrame>
      )
      : (
        <PublicFrame lang={lang} onLanguage={switchTo}>
          {route.page === 'report'
            ? <ReportPage query={route.query} lang={lang} />
            : <StatusPage key={route.id} id={route.id} query={route.query} onLanguageHint={switchTo} />}
        </PublicFrame>
      )
  );
}
