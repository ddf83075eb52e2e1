import { lazy } from 'react';
import type { PageRoute } from '../routes';

const InvitationPage = lazy(() => import('./invitation-page').then((m) => ({ default: m.InvitationPage })));
const SpeakerPage = lazy(() => import('./speaker-page').then((m) => ({ default: m.SpeakerPage })));
const SlotSlidesPage = lazy(() => import('./slot-slides-page').then((m) => ({ default: m.SlotSlidesPage })));

export const routes: PageRoute[] = [
  { path: '/events/:slug/speaker-invitations/:token', component: InvitationPage },
  { path: '/speaker', component: SpeakerPage },
  { path: '/speaker/events/:slug/slots/:slotId', component: SlotSlidesPage },
];
