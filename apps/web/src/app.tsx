import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { queryClient } from './api/query-client';
import { routes as account } from './account/routes';
import { routes as awards } from './awards/routes';
import { routes as delegate } from './delegate/routes';
import { HomePage } from './home-page';
import { LoginPage } from './login-page';
import { routes as organiser } from './organiser/routes';
import { routes as publicPages } from './public/routes';
import { routes as speaker } from './speaker/routes';
import { Loading } from './ui/components';
import { Layout } from './ui/layout';

function NotFound() {
  const { t } = useTranslation();
  return <p>{t('notFound')}</p>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Layout>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/login" component={LoginPage} />
            {[...publicPages, ...account, ...delegate, ...speaker, ...organiser, ...awards].map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            ))}
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </Layout>
    </QueryClientProvider>
  );
}
