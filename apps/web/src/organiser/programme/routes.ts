import { lazy } from 'react';
import type { PageRoute } from '../../routes';

const ProgrammePage = lazy(() => import('./programme-page').then((m) => ({ default: m.ProgrammePage })));

/** The organiser's programme editor; spread into src/organiser/routes.ts. */
export const routes: PageRoute[] = [{ path: '/organiser/events/:slug/programme', component: ProgrammePage }];
