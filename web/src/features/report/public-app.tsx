import { useCallback } from 'react';
import { PUBLIC_LANGUAGE_CODES, pickLocale, setLocale } from '../../i18n/index.js';
import { navigate } from '../../router/navigation.js';
import type { PublicRoute } from '../../router/routes.js';
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
    <PublicFrame lang={lang} onLanguage={switchTo}>
      {route.page === 'report'
        ? <ReportPage query={route.query} lang={lang} />
        : <StatusPage key={route.id} id={route.id} query={route.query} onLanguageHint={switchTo} />}
    </PublicFrame>
  );
}
