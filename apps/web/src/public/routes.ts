import { lazy } from 'react';
import type { PageRoute } from '../routes';
import { prefetchTimetable } from './timetable-data';

// The timetable is the most visited page. When the app opens on it, its chunk and its data are asked for
// at once, in parallel, as this module is evaluated (before the first render), instead of one after the
// other once React reaches the route. Other pages do not download it.
const opening = /^\/events\/([^/]+)\/timetable\/?$/.exec(window.location.pathname);
const timetableChunk = opening ? import('./timetable-page') : undefined;
if (opening) prefetchTimetable(decodeURIComponent(opening[1]));

const EventPage = lazy(() => import('./event-page').then((m) => ({ default: m.EventPage })));
const TimetablePage = lazy(() => (timetableChunk ?? import('./timetable-page')).then((m) => ({ default: m.TimetablePage })));

const SessionPage = lazy(() => import('./session-page').then((m) => ({ default: m.SessionPage })));
const SpeakersPage = lazy(() => import('./speakers-page').then((m) => ({ default: m.SpeakersPage })));
const SpeakerPage = lazy(() => import('./speakers-page').then((m) => ({ default: m.SpeakerPage })));

export const routes: PageRoute[] = [
  { path: '/events/:slug', component: EventPage },
  { path: '/events/:slug/timetable', component: TimetablePage },
  { path: '/events/:slug/sessions/:id', component: SessionPage },
  { path: '/events/:slug/speakers', component: SpeakersPage },
  { path: '/events/:slug/speakers/:userId', component: SpeakerPage },
];
