import { useEffect } from 'react';
import { ErrorNotice, Loading } from './components/status.js';
import { ApprovalsPage } from './features/approvals/approvals-page.js';
import { PageTitle } from './components/page-title.js';
import { LoginPage } from './features/auth/login-page.js';
import { useSession } from './features/auth/use-session.js';
import { CasePage } from './features/cases/case-page.js';
import { CatalogPage } from './features/catalog/catalog-page.js';
import { ComplaintPage } from './features/complaints/complaint-page.js';
import { ComplaintQueuePage } from './features/complaints/complaint-queue-page.js';
import { DisputePage, DisputesPage } from './features/complaints/disputes-page.js';
import { FlaggersPage } from './features/flaggers/flaggers-page.js';
import { ListingPage } from './features/catalog/listing-page.js';
import { QueuePage } from './features/queue/queue-page.js';
import { PublicApp } from './features/report/public-app.js';
import { AppShell } from './features/shell/app-shell.js';
import { PolicyPage } from './features/enforcement/policy-page.js';
import { StatementPage } from './features/statements/statement-page.js';
import { TraderPage } from './features/traders/trader-page.js';
import { TradersPage } from './features/traders/traders-page.js';
import { CONSOLE_LANGUAGES, pickLocale, setLocale, t } from './i18n/index.js';
import { useRoute } from './router/navigation.js';
import { isPublicRoute, type Route } from './router/routes.js';

function Page({ route, userId }: { route: Route; userId: string }) {
  switch (route.page) {
    case 'queue':
      return <QueuePage query={route.query} userId={userId} />;
    case 'case':
      return <CasePage key={route.id} id={route.id} userId={userId} />;
    case 'statement':
      return <StatementPage key={route.id} decisionId={route.id} />;
    case 'catalog':
      return <CatalogPage query={route.query} />;
    case 'listing':
      return <ListingPage key={route.id} id={route.id} />;
    case 'traders':
      return <TradersPage query={route.query} />;
    case 'trader':
      return <TraderPage key={route.id} id={route.id} />;
    case 'complaints':
      return <ComplaintQueuePage query={route.query} />;
    case 'complaint':
      return <ComplaintPage key={route.id} id={route.id} userId={userId} />;
    case 'disputes':
      return <DisputesPage />;
    case 'dispute':
      return <DisputePage key={route.id} id={route.id} />;
    case 'policy':
      return <PolicyPage />;
    case 'approvals':
      return <ApprovalsPage />;
    case 'flaggers':
      return <FlaggersPage query={route.query} />;
    default:
      return (
        <>
          <PageTitle title={t('error.notFoundTitle')} />
          <p>{t('error.notFoundBody')}</p>
        </>
      );
  }
}

const consoleLanguage = pickLocale(CONSOLE_LANGUAGES);

/** The console: sign-in first, then the shell with the page the URL names. */
function ConsoleApp({ route }: { route: Route }) {
  setLocale(consoleLanguage);
  useEffect(() => {
    document.documentElement.lang = consoleLanguage;
  }, []);
  const { session, signedIn, signOut, recheck } = useSession();

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
          <Page route={route} userId={session.user.id} />
        </AppShell>
      );
  }
}

/** The public pages need no account and never ask the server who is signed in; the console does. */
export function App() {
  const route = useRoute();
  return isPublicRoute(route) ? <PublicApp route={route} /> : <ConsoleApp route={route} />;
}
