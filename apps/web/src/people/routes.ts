import { lazy } from 'react';
import type { PageRoute } from '../routes';

const PeoplePage = lazy(() => import('./people-page').then((m) => ({ default: m.PeoplePage })));
const RoleInvitationPage = lazy(() => import('./role-invitation-page').then((m) => ({ default: m.RoleInvitationPage })));

export const routes: PageRoute[] = [
  { path: '/organiser/events/:slug/people', component: PeoplePage },
  { path: '/events/:slug/invitations/:token', component: RoleInvitationPage },
];
