import { useEffect, type ReactNode } from 'react';
import { PUBLIC_LANGUAGES, t } from '../../i18n/index.js';

interface PublicFrameProps {
  lang: string;
  onLanguage: (code: string) => void;
  children: ReactNode;
  /** The header and footer words; the notice pages' by default. */
  brand?: string;
  footer?: string;
}

/** The frame of the public pages: no sign-in, no navigation away, a language switch. */
export function PublicFrame({ lang, onLanguage, children, brand, footer }: PublicFrameProps) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className="public">
      <header className="public-header">
        <div className="public-header-inner">
          <p className="brand brand-public">
            <span className="brand-mark" aria-hidden="true">V</span>
            <span>{brand ?? t('public.brand')}</span>
          </p>
          <div className="language-switch">
            <label htmlFor="public-language">{t('public.language')}</label>
            <select id="public-language" value={lang} onChange={(e) => onLanguage(e.target.value)}>
              {PUBLIC_LANGUAGES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>)}
            </select>
          </div>
        </div>
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="public-footer">
        <p>{footer ?? t('public.footer')}</p>
      </footer>
    </div>
  );
}
