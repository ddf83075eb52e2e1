import { lazy } from 'react';
import type { PageRoute } from '../routes';

const RegisterPage = lazy(() => import('./register-page').then((m) => ({ default: m.RegisterPage })));
const RegisteredPage = lazy(() => import('./registered-page').then((m) => ({ default: m.RegisteredPage })));
const ManagePage = lazy(() => import('./manage-page').then((m) => ({ default: m.ManagePage })));

export const routes: PageRoute[] = [
  { path: '/events/:slug/register', component: RegisterPage },
  { path: '/events/:slug/registered', component: RegisteredPage },
  { path: '/manage/:token', component: ManagePage },
];
