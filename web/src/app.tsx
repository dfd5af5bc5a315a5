import { ErrorNotice, Loading } from './components/status.js';
import { PageTitle } from './components/page-title.js';
import { LoginPage } from './features/auth/login-page.js';
import { useSession } from './features/auth/use-session.js';
import { CatalogPage } from './features/catalog/catalog-page.js';
import { ListingPage } from './features/catalog/listing-page.js';
import { AppShell } from './features/shell/app-shell.js';
import { TraderPage } from './features/traders/trader-page.js';
import { TradersPage } from './features/traders/traders-page.js';
import { t } from './i18n/index.js';
import { useRoute } from './router/navigation.js';
import type { Route } from './router/routes.js';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'catalog':
      return <CatalogPage query={route.query} />;
    case 'listing':
      return <ListingPage key={route.id} id={route.id} />;
    case 'traders':
      return <TradersPage query={route.query} />;
    case 'trader':
      return <TraderPage key={route.id} id={route.id} />;
    case 'not-found':
      return (
        <>
          <PageTitle title={t('error.notFoundTitle')} />
          <p>{t('error.notFoundBody')}</p>
        </>
      );
  }
}

/** The console: sign-in first, then the shell with the page the URL names. */
export function App() {
  const { session, signedIn, signOut, recheck } = useSession();
  const route = useRoute();

  switch (session.status) {
    case 'checking':
      return <main id="main" className="content"><Loading /></main>;
    case 'error':
      return <main id="main" className="content"><ErrorNotice error={session.error} onRetry={recheck} /></main>;
    case 'anonymous':
      return <LoginPage expired={session.expired} onSignedIn={signedIn} />;
    case 'signed-in':
      return (
        <AppShell user={session.user} route={route} onSignOut={() => void signOut()}>
          <Page route={route} />
        </AppShell>
      );
  }
}
