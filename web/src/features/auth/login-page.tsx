import { useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints.js';
import type { Session } from '../../api/types.js';
import { ErrorNotice } from '../../components/status.js';
import { PageTitle } from '../../components/page-title.js';
import { t } from '../../i18n/index.js';

interface LoginPageProps {
  expired: boolean;
  onSignedIn: (s: Session) => void;
}

/** The sign-in form. On success the page the person asked for (the current URL) opens. */
export function LoginPage({ expired, onSignedIn }: LoginPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.login(email.trim(), password));
    } catch (err) {
      setError(err);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login">
      <div className="login-card">
        <p className="brand brand-large" aria-hidden="true">
          <span className="brand-mark">V</span> {t('app.name')}
        </p>
        <PageTitle title={t('login.title')} />
        <p className="muted">{t('login.intro')}</p>
        {expired && error === null && <p className="notice notice-info" role="status">{t('login.expired')}</p>}
        {error !== null && <ErrorNotice error={error} />}
        <form className="form-stack" onSubmit={submit}>
          <div className="form-field">
            <label htmlFor="login-email">{t('login.email')}</label>
            <input id="login-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="form-field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input id="login-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
