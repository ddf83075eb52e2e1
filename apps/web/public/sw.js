// The check-in desk's service worker: a desk page reloaded while the venue's network is down still opens.
// Pages get the network first and the cached app shell when it fails; the hashed assets never change, so
// a cached copy is as good as the network's. The API reads the desk page opened with are put in the cache
// by the page itself when a desk is prepared (desk-shell.ts) and answered from it only when the network
// fails; signing out deletes the whole cache.
const CACHE = 'plenary-desk-v1';
const SHELL = '/__desk/shell';
const MARKER = '/__desk/prepared';
const DESK_READS = /^\/(auth\/me|events\/[^/]+(\/.*)?)$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else if (DESK_READS.test(url.pathname) && !(request.headers.get('accept') ?? '').includes('text/html')) event.respondWith(deskRead(request));
});

async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(CACHE)).put(SHELL, response.clone());
    return response;
  } catch (error) {
    const shell = await (await caches.open(CACHE)).match(SHELL);
    if (shell) return shell;
    throw error;
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function deskRead(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    // The api varies page paths on Accept; the page stored these reads as plain URLs.
    const cached = (await cache.match(MARKER)) && (await cache.match(request, { ignoreVary: true }));
    if (cached) return cached;
    throw error;
  }
}
