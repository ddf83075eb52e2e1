import { lazy } from 'react';
import type { PageRoute } from '../routes';
// The programme editor (/organiser/events/:slug/programme...) is built in ./programme and keeps its own routes there.
import { routes as programme } from './programme/routes';
import { prefetchDashboard } from './dashboard-data';

// The dashboard is where an organiser lands: when the app opens on it, its chunk and its data are asked for at
// once, as this module is evaluated, not one after the other once React reaches the route (as the timetable).
const opening = /^\/organiser\/events\/([^/]+)\/?$/.exec(window.location.pathname);
const dashboardChunk = opening ? import('./dashboard-page') : undefined;
if (opening) prefetchDashboard(decodeURIComponent(opening[1]));

const EventsPage = lazy(() => import('./events-page').then((m) => ({ default: m.OrganiserEventsPage })));
const DashboardPage = lazy(() => (dashboardChunk ?? import('./dashboard-page')).then((m) => ({ default: m.DashboardPage })));
const DelegatesPage = lazy(() => import('./delegates-page').then((m) => ({ default: m.DelegatesPage })));
const DelegateRecordPage = lazy(() => import('./delegate-record-page').then((m) => ({ default: m.DelegateRecordPage })));
const DelegationsPage = lazy(() => import('./delegations-page').then((m) => ({ default: m.DelegationsPage })));
const CheckInPage = lazy(() => import('./check-in-page').then((m) => ({ default: m.CheckInPage })));
const SlidesPage = lazy(() => import('./slides-page').then((m) => ({ default: m.SlidesPage })));
const SettingsPage = lazy(() => import('./settings/settings-page').then((m) => ({ default: m.SettingsPage })));
const NewEventPage = lazy(() => import('./settings/new-event-page').then((m) => ({ default: m.NewEventPage })));
const HotelsPage = lazy(() => import('./hotels/hotels-page').then((m) => ({ default: m.HotelsPage })));
const CateringPage = lazy(() => import('./catering/catering-page').then((m) => ({ default: m.CateringPage })));
const BadgesPage = lazy(() => import('./badges/badges-page').then((m) => ({ default: m.BadgesPage })));
const VisasPage = lazy(() => import('./visas/visas-page').then((m) => ({ default: m.VisasPage })));
const MailPage = lazy(() => import('./mail/mail-page').then((m) => ({ default: m.MailPage })));
const RegistrationFormPage = lazy(() => import('./questions/registration-form-page').then((m) => ({ default: m.RegistrationFormPage })));
const NotificationsPage = lazy(() => import('./notifications-page').then((m) => ({ default: m.NotificationsPage })));
const MessagePage = lazy(() => import('./message-page').then((m) => ({ default: m.MessagePage })));

export const routes: PageRoute[] = [
  { path: '/organiser', component: EventsPage },
  { path: '/organiser/new', component: NewEventPage },
  { path: '/organiser/events/:slug', component: DashboardPage },
  { path: '/organiser/events/:slug/settings', component: SettingsPage },
  { path: '/organiser/events/:slug/delegates', component: DelegatesPage },
  { path: '/organiser/events/:slug/delegates/:id', component: DelegateRecordPage },
  { path: '/organiser/events/:slug/delegations', component: DelegationsPage },
  { path: '/organiser/events/:slug/check-in', component: CheckInPage },
  { path: '/organiser/events/:slug/slides', component: SlidesPage },
  { path: '/organiser/events/:slug/notifications', component: NotificationsPage },
  { path: '/organiser/events/:slug/messages/:id', component: MessagePage },
  { path: '/organiser/events/:slug/mail', component: MailPage },
  { path: '/organiser/events/:slug/hotels', component: HotelsPage },
  { path: '/organiser/events/:slug/catering', component: CateringPage },
  { path: '/organiser/events/:slug/visas', component: VisasPage },
  { path: '/organiser/events/:slug/badges', component: BadgesPage },
  { path: '/organiser/events/:slug/registration-form', component: RegistrationFormPage },
  // ---- programme editor routes (owned by the programme engineer, in ./programme/routes.ts) ----
  ...programme,
];
