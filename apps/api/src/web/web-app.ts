import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBED_SCRIPT } from './embed-script.js';
import { type DescribePage, withPageMeta } from './page-meta.js';

/** Where `npm run build` puts the web app: dist/web, next to dist/apps. */
export const DEFAULT_WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../web');

/**
 * The web app's page paths. A browser navigation (Accept: text/html) to one of them gets the app's
 * index.html; the same path fetched by a program gets the API (e.g. GET /events/{slug} as JSON), so
 * the links in our emails (/events/{slug}, /manage/{token}, /events/{slug}/speaker-invitations/{token},
 * /events/{slug}/invitations/{token}, /reset-password?token=…, /unsubscribe?token=…, /verify/{code} on a visa letter)
 * open pages for people and stay stable for scripts. Keep in step with apps/web/src/<area>/routes.ts.
 */
const PAGE_PATH = new RegExp(
  '^/(?:' +
    [
      '',
      'login',
      'forgot-password',
      'reset-password',
      'account',
      'manage/[^/]+',
      'verify/[^/]+',
      'unsubscribe',
      'speaker(?:/.*)?',
      'organiser(?:/.*)?',
      'jury(?:/.*)?',
      'events/[^/]+(?:/(?:timetable|speakers|sessions/[^/]+|speakers/[^/]+|embed|register|registered|speaker-invitations/[^/]+|invitations/[^/]+))?',
    ].join('|') +
    ')/?$',
);

const CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'self'";

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // A new build must reach people at once; the hashed assets it points to are cached for good.
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // No page may be framed (clickjacking), except the read-only embedded timetable below.
  'x-frame-options': 'DENY',
  'content-security-policy': `${CSP}; frame-ancestors 'none'`,
};

/** The public timetable for an organiser's own website: read-only and without private data, so any site may frame it. */
const EMBED_PATH = /^\/events\/[^/]+\/embed\/?$/;
const EMBED_HEADERS: Record<string, string> = Object.fromEntries(
  Object.entries({ ...PAGE_HEADERS, 'content-security-policy': `${CSP}; frame-ancestors *` }).filter(([name]) => name !== 'x-frame-options'),
);

export function pageHeaders(path: string): Record<string, string> {
  return EMBED_PATH.test(path) ? EMBED_HEADERS : PAGE_HEADERS;
}

export function isPageNavigation(method: string, url: string, accept: string | undefined): boolean {
  if (!accept?.includes('text/html')) return false;
  return isPagePath(method, url);
}

/**
 * A GET of a page path, whatever it accepts. Its answer depends on Accept (the page or the API's
 * JSON), so it must say Vary: Accept: otherwise a browser that fetched the JSON (say, a used
 * invitation's 410) may show that cached JSON when the person later opens the same link as a page.
 */
export function isPagePath(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split('?', 1)[0];
  try {
    return PAGE_PATH.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}

/** Serves the built web app, when there is one: the hashed assets under /assets and index.html for page navigations. */
export async function serveWebApp(
  app: NestFastifyApplication,
  root: string = DEFAULT_WEB_ROOT,
  options: { describe?: DescribePage; publicUrl?: string } = {},
): Promise<boolean> {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const indexHtml = readFileSync(indexFile);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    if (isPagePath(request.method, request.url)) reply.header('vary', 'accept');
    if (!isPageNavigation(request.method, request.url, request.headers.accept)) return;
    const path = request.url.split('?', 1)[0];
    const meta = options.describe ? await options.describe(path).catch(() => null) : null;
    const body = meta ? withPageMeta(indexHtml.toString('utf8'), meta, `${options.publicUrl ?? ''}${path}`) : indexHtml;
    return reply.headers(pageHeaders(path)).send(body);
  });
  // The script an organiser puts on their site: it inserts the embedded timetable and sizes it to its content.
  fastify.get('/embed.js', (_request, reply) =>
    reply.headers({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }).send(EMBED_SCRIPT),
  );
  // Loaded only here: jest (on Node < 24.9) cannot load @fastify/static's ESM dependency, and in-process tests serve no web app.
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    // scripts/compress-web.js writes .br and .gz next to each asset at build time.
    preCompressed: true,
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  return true;
}
