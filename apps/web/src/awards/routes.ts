import type { PageRoute } from '../routes';

export const routes: PageRoute[] = [];
