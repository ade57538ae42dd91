// The service worker of Sprawdź wsparcie: keeps the whole app (both bundles, the catalogue, the
// parameters, the gmina index, the icons) so that after one online visit everything works with the
// network off, and the pages and data files a resident opened (their powiat, the towns they looked for).
// Written with Workbox (decision 0006): `scripts/service-worker.mjs` bundles it with the Workbox
// modules from npm (nothing is loaded from elsewhere) and injects the list of files to keep, each with
// a revision, so an update downloads only the files that changed.
// It never sees what a person types: answers and declarations live in the page's storage.

import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

// Every cache of the app starts with this, so "remove all my data" and development mode find them.
const PREFIX = 'sprawdz-wsparcie';
setCacheNameDetails({ prefix: PREFIX, suffix: '' }); // sprawdz-wsparcie-precache-v2

// Data files a resident opened (a powiat's centres and projects, a locator, the towns of two letters)
// are kept in a cache of their own, named by the data format's version (`/data/<N>/`, set by the build
// as DATA_FORMAT): an app update leaves it alone, so offline data survives updates, and files of two
// formats are never mixed.
const DATA_CACHE = `${PREFIX}-data-${DATA_FORMAT}`;
const DATA_PATH = new RegExp(`^/data/${DATA_FORMAT}/(localities|powiat|gdzie)/`);

// The app's files, each with its revision (the build's hash of its content): installed side by side
// with the previous version's, kept while it is still in use, the outdated ones removed on activation.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// No skipWaiting here: a new version waits until the person chooses to reload (see the page). The
// first install takes the open page at once, so it works offline without a reload.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
clientsClaim();

// A page registers the worker only once it has what it needs (src/ui/pwa.rs), and then names the files
// it read before: its data files (the gmina's powiat, the towns typed) are kept as if fetched here.
self.addEventListener('message', (event) => {
  const named = event.data?.keep;
  if (!Array.isArray(named)) return;
  event.waitUntil((async () => {
    const cache = await caches.open(DATA_CACHE);
    for (const href of named) {
      const url = new URL(href, self.location.href);
      if (url.origin !== self.location.origin || !DATA_PATH.test(url.pathname) || (await cache.match(url.pathname))) continue;
      const got = await fetch(url.pathname).catch(() => null);
      if (got?.ok) await cache.put(url.pathname, got);
    }
  })());
});

// Caches of earlier workers (the hand-written one kept the app in `sprawdz-wsparcie-<version>`) and
// data caches of another format go; Workbox's own and the current data cache stay.
self.addEventListener('activate', (event) => {
  const keep = new Set([cacheNames.precache, cacheNames.runtime, PAGES, DATA_CACHE, EDITOR_FILES]);
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(`${PREFIX}-`) && !keep.has(name)) await caches.delete(name);
    }
  })());
});

// Pages: every address is a file of its own, written at build time. The network first, so a page is
// as fresh as the build online; the pages a resident opened are kept as they were last seen, for
// offline; a page never opened is answered offline by its bundle's empty page (app.html), which the
// app then draws from the kept data (a voivodeship kept on a tablet shows all its gminas). The
// country's thousands of pages are never all downloaded.
const PAGES = `${PREFIX}-pages`;
// The site's layout, set by the build from dist/layout.json (scripts/service-worker.mjs) as LAYOUT: the
// folders of the languages named in addresses (`/uk`), of the catalogue, the checker and the editor.
// A page in another language starts with its folder (`/uk/sprawdz/…`).
const under = (folder) => new RegExp(`^(${LAYOUT.languages.join('|')})?${folder.replace(/\/$/, '')}(/|$)`);
const CHECKER = under(LAYOUT.checker);
// The staff editor is no part of what a resident keeps: not in the list above. Its pages are all the
// same page (its bundle's), kept as a clerk opens them; offline, a draft's address the worker has not
// seen is answered by any editor page it kept.
const EDITOR = under(LAYOUT.editor);
const editorPage = async (path) => {
  const pages = await caches.open(PAGES);
  return (await pages.match(path, { ignoreSearch: true })) ?? (await pages.match(LAYOUT.editor, { ignoreSearch: true }));
};
// A page written at build time names the data files it was drawn with (`data-files` on `<html>`): kept
// with the page, so that the app can draw it again from the device offline (a day past what the page
// says, an address without its last slash). Only pages the worker already serves: never on a first visit.
const keepDataOf = async (response) => {
  const html = await response.text();
  const named = /data-files="?([^">]*)"?/.exec(html)?.[1] ?? '';
  const cache = await caches.open(DATA_CACHE);
  for (const file of named.split(/\s+/).filter(Boolean)) {
    const url = `/data/${DATA_FORMAT}/${file}`;
    if (!DATA_PATH.test(url) || (await cache.match(url))) continue;
    const got = await fetch(url).catch(() => null);
    if (got?.ok) await cache.put(url, got);
  }
};
registerRoute(new NavigationRoute(new NetworkFirst({
  cacheName: PAGES,
  plugins: [{
    fetchDidSucceed: async ({ response, event }) => {
      if (response.ok) event?.waitUntil?.(keepDataOf(response.clone()).catch(() => {}));
      return response;
    },
    handlerDidError: async ({ request }) => {
      const path = new URL(request.url).pathname;
      if (EDITOR.test(path)) return (await editorPage(path)) ?? Response.error();
      // The same page kept under its address with the last slash ("/projekt/x" is "/projekt/x/").
      const pages = await caches.open(PAGES);
      const kept = path.endsWith('/') ? undefined : await pages.match(`${path}/`, { ignoreSearch: true });
      return kept ?? (await matchPrecache(`${CHECKER.test(path) ? LAYOUT.checker : LAYOUT.catalogue}app.html`)) ?? Response.error();
    },
  }],
})));

// The editor's own files (its wasm, script and style sheets, with trunk's hashed names, so a name is
// its content): kept as the editor first loads them, so it works offline after one online visit.
const EDITOR_FILES = `${PREFIX}-editor`;
registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && request.mode !== 'navigate' && url.pathname.startsWith(LAYOUT.editor),
  new CacheFirst({ cacheName: EDITOR_FILES }),
);

// A data file: the network first, so an update arrives as soon as it is online, and the kept copy
// when offline; the kept copy is replaced only once a new one has fully arrived.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && DATA_PATH.test(url.pathname),
  new NetworkFirst({ cacheName: DATA_CACHE, fetchOptions: { cache: 'no-cache' } }),
);
