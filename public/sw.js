// The service worker of Sprawdź wsparcie: keeps the whole app (both bundles, the catalogue, the
// parameters, the icons) so that after one online visit everything works with the network off.
// This file is a template: `scripts/service-worker.mjs` writes dist/sw.js from it after the build,
// filling in VERSION and PRECACHE from the files trunk produced (their hashed names included).
// It never sees what a person types: answers and declarations live in the page's storage.

const VERSION = __VERSION__;
const PRECACHE = __PRECACHE__;
const PREFIX = 'sprawdz-wsparcie-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  // `reload`: fetch past the HTTP cache, so a new version never stores an old file.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))));
  // No skipWaiting here: a new version waits until the person chooses to reload (see the page).
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // The first install takes the open page at once, so it works offline without a reload.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// Pages of the checker are answered with its index.html, every other page with the catalogue's: deep
// links (/projekt/…, /sprawdz/pytanie/…) open offline as they do online.
function shellFor(path) {
  return path === '/sprawdz' || path.startsWith('/sprawdz/') ? '/sprawdz/index.html' : '/index.html';
}

async function answer(request) {
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);
  const file = await cache.match(url.pathname);
  if (file && !(request.mode === 'navigate' && url.pathname.endsWith('.html'))) return file;
  if (request.mode === 'navigate') {
    const shell = await cache.match(shellFor(url.pathname));
    if (shell) return shell;
  }
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(request));
});
