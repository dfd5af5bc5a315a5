import type { ReactNode } from 'react';
import type { User } from '../../api/types.js';
import { t } from '../../i18n/index.js';
import { Link } from '../../router/link.js';
import type { Route } from '../../router/routes.js';
import { paths } from '../../router/routes.js';

type Section = 'queue' | 'approvals' | 'catalog' | 'traders' | 'complaints' | 'disputes' | 'policy' | 'flaggers';

// Only sections with a page are listed: a navigation entry always leads somewhere.
const SECTIONS: readonly { id: Section; href: string; label: () => string; roles?: readonly string[] }[] = [
  { id: 'queue', href: paths.queue(), label: () => t('nav.queue') },
  // Only those who may approve severe decisions (the API's `decisions.severe`) see the second reviewer's list.
  { id: 'approvals', href: paths.approvals(), label: () => t('nav.approvals'), roles: ['senior_reviewer', 'compliance_officer'] },
  { id: 'catalog', href: paths.catalog(), label: () => t('nav.catalog') },
  { id: 'traders', href: paths.traders(), label: () => t('nav.traders') },
  { id: 'complaints', href: paths.complaints(), label: () => t('nav.complaints') },
  { id: 'disputes', href: paths.disputes(), label: () => t('nav.disputes') },
  { id: 'policy', href: paths.policy(), label: () => t('nav.policy') },
  // Art. 22(6): the compliance function (the API's `flaggers.manage`) reviews flaggers and reports them.
  { id: 'flaggers', href: paths.flaggers(), label: () => t('nav.flaggers'), roles: ['admin', 'compliance_officer'] },
];

function sectionOf(route: Route): Section | null {
  switch (route.page) {
    case 'queue':
    case 'case':
    case 'statement':
      return 'queue';
    case 'catalog':
    case 'listing':
      return 'catalog';
    case 'traders':
    case 'trader':
      return 'traders';
    case 'complaints':
    case 'complaint':
      return 'complaints';
    case 'disputes':
    case 'dispute':
      return 'disputes';
    case 'policy':
      return 'policy';
    case 'approvals':
      return 'approvals';
    case 'flaggers':
      return 'flaggers';
    default:
      return null;
  }
}

interface AppShellProps {
  user: User;
  route: Route;
  onSignOut: () => void;
  children: ReactNode;
}

export function AppShell({ user, route, onSignOut, children }: AppShellProps) {
  const active = sectionOf(route);
  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to={paths.catalog()} className="brand">
            <span className="brand-mark" aria-hidden="true">V</span>
            <span>{t('app.name')}</span>
            <span className="brand-product">{t('app.product')}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="nav">
            <ul>
              {SECTIONS.filter((s) => !s.roles || s.roles.includes(user.role)).map((s) => (
                <li key={s.id}>
                  <Link to={s.href} aria-current={active === s.id ? 'page' : undefined}>{s.label()}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="user">
            <span className="user-name">{t('nav.signedInAs', { name: user.display_name, role: user.role.replace(/_/g, ' ') })}</span>
            <button type="button" className="button button-ghost" onClick={onSignOut}>{t('nav.signOut')}</button>
          </div>
        </div>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
