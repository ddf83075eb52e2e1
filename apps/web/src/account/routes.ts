import { lazy } from 'react';
import type { PageRoute } from '../routes';

const ForgotPasswordPage = lazy(() => import('./forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('./reset-password-page').then((m) => ({ default: m.ResetPasswordPage })));
const UnsubscribePage = lazy(() => import('./unsubscribe-page').then((m) => ({ default: m.UnsubscribePage })));
const AccountPage = lazy(() => import('./account-page').then((m) => ({ default: m.AccountPage })));

export const routes: PageRoute[] = [
  { path: '/forgot-password', component: ForgotPasswordPage },
  { path: '/reset-password', component: ResetPasswordPage },
  { path: '/account', component: AccountPage },
  { path: '/unsubscribe', component: UnsubscribePage },
];
