import { lazy } from 'react';
import type { PageRoute } from '../routes';

const RoundsPage = lazy(() => import('./rounds-page').then((m) => ({ default: m.RoundsPage })));
const RoundPage = lazy(() => import('./round-page').then((m) => ({ default: m.RoundPage })));
const NominationsPage = lazy(() => import('./nominations-page').then((m) => ({ default: m.NominationsPage })));
const RepresentativePage = lazy(() => import('./nominations-page').then((m) => ({ default: m.RepresentativePage })));
const JuryAdminPage = lazy(() => import('./jury-admin-page').then((m) => ({ default: m.JuryAdminPage })));
const ResultsPage = lazy(() => import('./results-page').then((m) => ({ default: m.ResultsPage })));
const CeremonyPage = lazy(() => import('./ceremony-page').then((m) => ({ default: m.CeremonyPage })));
const CitiesPage = lazy(() => import('./cities-page').then((m) => ({ default: m.CitiesPage })));
const ApplicationPage = lazy(() => import('./application-page').then((m) => ({ default: m.ApplicationPage })));
const CommissionPage = lazy(() => import('./commission-page').then((m) => ({ default: m.CommissionPage })));
const ShortlistPage = lazy(() => import('./shortlist-page').then((m) => ({ default: m.ShortlistPage })));
const JuryHomePage = lazy(() => import('./jury-pages').then((m) => ({ default: m.JuryHomePage })));
const JuryRoundPage = lazy(() => import('./jury-pages').then((m) => ({ default: m.JuryRoundPage })));

export const routes: PageRoute[] = [
  // Organisers (the organiser dashboard links to /organiser/events/:slug/awards).
  { path: '/organiser/events/:slug/awards', component: RoundsPage },
  { path: '/organiser/events/:slug/awards/ceremony', component: CeremonyPage },
  { path: '/organiser/events/:slug/awards/cities', component: CitiesPage },
  { path: '/organiser/events/:slug/awards/rounds/:roundId', component: RoundPage },
  { path: '/organiser/events/:slug/awards/rounds/:roundId/applications', component: ShortlistPage },
  { path: '/organiser/events/:slug/awards/rounds/:roundId/nominations', component: NominationsPage },
  { path: '/organiser/events/:slug/awards/rounds/:roundId/jury', component: JuryAdminPage },
  { path: '/organiser/events/:slug/awards/rounds/:roundId/results', component: ResultsPage },
  // A city's representative nominating their own city.
  { path: '/organiser/events/:slug/awards/nominate', component: RepresentativePage },
  { path: '/organiser/events/:slug/awards/apply', component: ApplicationPage },
  // A National Commission's officer endorsing or returning its country's applications.
  { path: '/organiser/events/:slug/awards/commission', component: CommissionPage },
  // Jurors.
  { path: '/jury', component: JuryHomePage },
  { path: '/jury/events/:slug/rounds/:roundId', component: JuryRoundPage },
];
