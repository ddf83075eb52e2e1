import type { ComponentType } from 'react';

/**
 * One entry per page. Each area (src/<area>/routes.ts) lists its own; pages outside the public timetable
 * are lazy so a delegate on a phone downloads only what the page they opened needs.
 *
 * The api serves index.html to browser navigations of these paths (apps/api/src/web/web-app.ts keeps the
 * list of page paths under /events/... in step with these).
 */
export interface PageRoute {
  path: string;
  component: ComponentType<any>;
}
