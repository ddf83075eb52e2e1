// Must match apps/web/public/sw.js.
const CACHE = 'plenary-desk-v1';

/** Registers the service worker that lets a prepared desk's page reload offline; browsers without one simply go on online. */
export function registerDeskWorker(): void {
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

/**
 * Keeps what this page was built from (the shell and every script and style it loaded) in the service
 * worker's cache, and marks the desk as prepared so the worker keeps the page's first reads too.
 */
export async function keepDeskShell(): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(CACHE);
  const assets = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname);
  await Promise.all([
    cache.put('/__desk/prepared', new Response('1')),
    fetch(location.pathname, { headers: { accept: 'text/html' } }).then((page) => (page.ok ? cache.put('/__desk/shell', page) : undefined)),
    cache.addAll([...new Set(assets)]),
  ]);
}

/** Signing out: nothing of the desk stays in this browser's caches. */
export async function forgetDeskShell(): Promise<void> {
  if ('caches' in window) await caches.delete(CACHE);
}
