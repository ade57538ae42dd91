// Writes dist/sw.js after both trunk builds: public/sw.js bundled with the Workbox modules from npm
// (esbuild; nothing is loaded from elsewhere), then Workbox's injectManifest puts in the list of files
// to keep offline: every file of the build (with trunk's hashed names) but the country's data files,
// each with a revision (a hash of its content), so an update downloads only what changed. Decision 0006.
//   node scripts/service-worker.mjs dist
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

const root = process.argv[2] ?? 'dist';
for (const page of ['index.html', 'app.html', 'sprawdz/index.html', 'sprawdz/app.html', 'strony/index.html', 'manifest.webmanifest']) {
  statSync(join(root, page), { throwIfNoEntry: false }) ?? (() => { throw new Error(`${root}/${page} is missing: build both bundles and write the pages first`); })();
}
// The data format's version is the folder under data/ (`/data/1/`): the worker's data cache is named by it.
const formats = readdirSync(join(root, 'data'));
if (formats.length !== 1) throw new Error(`${root}/data: expected one data format folder, found ${formats.join(', ')}`);

const work = mkdtempSync(join(tmpdir(), 'sw-'));
const bundled = join(work, 'sw.js');
await build({
  entryPoints: ['public/sw.js'], bundle: true, minify: true, format: 'iife', outfile: bundled, logLevel: 'warning',
  // Workbox's production build: no logging, no development checks.
  define: { 'process.env.NODE_ENV': '"production"', DATA_FORMAT: JSON.stringify(formats[0]) },
});
const { count, size, warnings } = await injectManifest({
  swSrc: bundled, swDest: join(root, 'sw.js'), globDirectory: root,
  // The app shell: each bundle's own files, the catalogue, the icons, the gmina index. Not the pages
  // written at build time (projekt/…/index.html and the rest, thousands for the country): the worker
  // keeps those a resident opened, as they open them.
  // The islands bundle (strony/) too: a written page the worker kept comes to life offline.
  globPatterns: ['*', 'snippets/**', 'icons/**', 'catalogue/**', 'data/**', 'sprawdz/*', 'sprawdz/snippets/**', 'strony/*', 'strony/snippets/**'],
  // The locality, powiat and locator files are the whole country's: a phone keeps those it opened (the
  // worker's data cache), never all of them. The gmina index (places.json) is kept with the app.
  // trunk's own page for the islands bundle is no page of the app (its loader goes into the written pages).
  // The staff editor (dla-osrodkow/) is not the residents' (the worker keeps it as a clerk opens it).
  globIgnores: ['sw.js', 'strony/index.html', 'dla-osrodkow/**', 'data/*/localities/**', 'data/*/powiat/**', 'data/*/gdzie/**'],
  maximumFileSizeToCacheInBytes: 5_000_000,
  // trunk's hashed names change with their content: the URL is its own revision.
  // trunk writes the hash without leading zeros: 15 digits one time in 16.
  dontCacheBustURLsMatching: /-[0-9a-f]{10,16}(_bg)?\.(wasm|js|css)$/,
});
rmSync(work, { recursive: true, force: true });
if (warnings.length) throw new Error(warnings.join('\n'));
console.log(`${root}/sw.js: ${count} files kept offline (${(size / 1000).toFixed(1)} KB), each with its revision`);
