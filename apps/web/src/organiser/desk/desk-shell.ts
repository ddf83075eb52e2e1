// Must match apps/web/public/sw.js.
const CACHE = 'plenary-desk-v1';

/** Registers the service worker that lets a prepared desk's page reload offline; browsers without one simply go on online. */
export function registerDeskWorker(): void {
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

// The desk's own list of badges is in IndexedDB already; a look-up is typed afresh each time.
const NOT_KEPT = /\/check-ins\/(desk-snapshot|lookup)/;

/**
 * Keeps what this page was built from (the shell, every script and style it loaded) and the API reads it
 * opened with (who is signed in, the event, the counts) in the service worker's cache, so the page
 * reloads offline; the worker answers those reads from here only when the network fails.
 */
export async function keepDeskShell(slug: string, token: string | null): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(CACHE);
  const loaded = [...new Set(performance.getEntriesByType('resource').map((entry) => entry.name))]
    .map((name) => new URL(name))
    .filter((url) => url.origin === location.origin);
  const assets = loaded.filter((url) => url.pathname.startsWith('/assets/')).map((url) => url.pathname);
  const reads = loaded
    .filter((url) => url.pathname === '/auth/me' || (url.pathname.startsWith(`/events/${slug}`) && !NOT_KEPT.test(url.pathname)))
    .map((url) => `${url.pathname}${url.search}`);
  const headers: Record<string, string> = { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  await Promise.all([
    cache.put('/__desk/prepared', new Response('1')),
    fetch(location.pathname, { headers: { accept: 'text/html' } }).then((page) => (page.ok ? cache.put('/__desk/shell', page) : undefined)),
    cache.addAll(assets),
    ...reads.map((path) => fetch(path, { headers }).then((response) => (response.ok ? cache.put(path, response) : undefined))),
  ]);
}

/** Signing out: nothing of the desk stays in this browser's caches. */
export async function forgetDeskShell(): Promise<void> {
  if ('caches' in window) await caches.delete(CACHE);
}
