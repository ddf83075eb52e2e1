import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { queryClient } from './api/query-client';
import { routes as account } from './account/routes';
import { routes as awards } from './awards/routes';
import { routes as delegate } from './delegate/routes';
import { OrganiserFrame } from './organiser/organiser-nav';
import { routes as organiser } from './organiser/routes';
import { routes as people } from './people/routes';
import { routes as publicPages } from './public/routes';
import { routes as speaker } from './speaker/routes';
import { Loading } from './ui/components';
import { ConfirmProvider } from './ui/confirm-dialog';
import { Layout } from './ui/layout';

// Lazy like every page but the timetable's own: the list of events brings the names of all countries.
const HomePage = lazy(() => import('./home-page').then((m) => ({ default: m.HomePage })));
const LoginPage = lazy(() => import('./login-page').then((m) => ({ default: m.LoginPage })));

function NotFound() {
  const { t } = useTranslation();
  return <p>{t('notFound')}</p>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ConfirmProvider>
        <Layout>
          {/* Outside the Switch, so moving between an event's organiser pages keeps the navigation in place. */}
          <OrganiserFrame>
            <Suspense fallback={<Loading />}>
              <Switch>
                <Route path="/" component={HomePage} />
                <Route path="/login" component={LoginPage} />
                {[...publicPages, ...account, ...delegate, ...speaker, ...organiser, ...people, ...awards].map((route) => (
                  <Route key={route.path} path={route.path} component={route.component} />
                ))}
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </OrganiserFrame>
        </Layout>
      </ConfirmProvider>
    </QueryClientProvider>
  );
}
