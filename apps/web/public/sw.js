// The check-in desk's service worker: a desk page reloaded while the venue's network is down still opens.
// Pages get the network first and the cached app shell when it fails; the hashed assets never change, so
// a cached copy is as good as the network's. The few API reads the desk page opens with are kept only
// once a desk was prepared in this browser (the marker below), and signing out deletes the whole cache.
const CACHE = 'plenary-desk-v1';
const SHELL = '/__desk/shell';
const MARKER = '/__desk/prepared';
const DESK_READS = [/^\/auth\/me$/, /^\/events\/[^/]+$/, /^\/events\/[^/]+\/(check-ins\/summary|check-ins\/sessions|registration-categories)$/];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else if (DESK_READS.some((path) => path.test(url.pathname)) && !(request.headers.get('accept') ?? '').includes('text/html'))
    event.respondWith(deskRead(request));
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
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && (await cache.match(MARKER))) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(MARKER)) && (await cache.match(request));
    if (cached) return cached;
    throw error;
  }
}
