// The service worker of Sprawdź wsparcie: keeps the whole app (both bundles, the catalogue, the
// parameters, the gmina index, the icons) so that after one online visit everything works with the
// network off, and the data files a resident opened (their powiat, the towns they looked for).
// This file is a template: `scripts/service-worker.mjs` writes dist/sw.js from it after the build,
// filling in VERSION and PRECACHE from the files trunk produced (their hashed names included).
// It never sees what a person types: answers and declarations live in the page's storage.

const VERSION = __VERSION__;
const PRECACHE = __PRECACHE__;
const PREFIX = 'sprawdz-wsparcie-';
const CACHE = PREFIX + VERSION;

// Data files a resident opened (a powiat's centres and projects, a locator, the towns of two letters) are kept in a cache of
// their own, named by the data format's version (`/data/<N>/`): an app update leaves it alone, so
// offline data survives updates, and files of two formats are never mixed.
const DATA_PREFIX = 'sprawdz-wsparcie-data-';
const DATA_PATH = /^\/data\/(\d+)\/(localities|powiat|gdzie)\//;
const DATA_FORMAT = (PRECACHE.find((url) => url.startsWith('/data/')) || '').split('/')[2] || '';
const DATA_CACHE = DATA_PREFIX + DATA_FORMAT;

self.addEventListener('install', (event) => {
  // `reload`: fetch past the HTTP cache, so a new version never stores an old file.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))));
  // No skipWaiting here: a new version waits until the person chooses to reload (see the page).
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      const data = name.startsWith(DATA_PREFIX);
      // Old app versions go; the data cache stays unless the data format itself changed.
      if ((data && name !== DATA_CACHE) || (!data && name.startsWith(PREFIX) && name !== CACHE)) await caches.delete(name);
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

// A data file: the network first, so an update arrives as soon as it is online, and the kept copy
// when offline; the kept copy is replaced only once a new one has fully arrived.
async function answerData(request, url) {
  const cache = await caches.open(DATA_PREFIX + DATA_PATH.exec(url.pathname)[1]);
  try {
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) {
      await cache.put(url.pathname, response.clone());
      return response;
    }
    return (await cache.match(url.pathname)) || response;
  } catch (offline) {
    const kept = await cache.match(url.pathname);
    if (kept) return kept;
    throw offline;
  }
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
  const url = new URL(request.url);
  event.respondWith(DATA_PATH.test(url.pathname) ? answerData(request, url) : answer(request));
});
