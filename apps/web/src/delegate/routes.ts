import { lazy } from 'react';
import type { PageRoute } from '../routes';

const RegisterPage = lazy(() => import('./register-page').then((m) => ({ default: m.RegisterPage })));
const RegisteredPage = lazy(() => import('./registered-page').then((m) => ({ default: m.RegisteredPage })));
const ManagePage = lazy(() => import('./manage-page').then((m) => ({ default: m.ManagePage })));
const VerifyPage = lazy(() => import('./verify-page').then((m) => ({ default: m.VerifyPage })));

export const routes: PageRoute[] = [
  { path: '/events/:slug/register', component: RegisterPage },
  { path: '/events/:slug/registered', component: RegisteredPage },
  { path: '/manage/:token', component: ManagePage },
  { path: '/verify/:code', component: VerifyPage },
];
