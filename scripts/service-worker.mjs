// Writes dist/sw.js after the pages: public/sw.js bundled with the Workbox modules from npm (esbuild;
// nothing is loaded from elsewhere), given the site's layout as the build wrote it (dist/layout.json:
// the languages' folders, each bundle's, the data's), then Workbox's injectManifest puts in the list of
// files to keep offline: every file of the build (with trunk's hashed names) but the country's data
// files, each with a revision (a hash of its content), so an update downloads only what changed.
// Decision 0006.
//   node scripts/service-worker.mjs dist
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

const root = process.argv[2] ?? 'dist';
const layoutFile = join(root, 'layout.json');
statSync(layoutFile, { throwIfNoEntry: false }) ?? (() => { throw new Error(`${layoutFile} is missing: build the bundles and write the pages first (make dist)`); })();
const layout = JSON.parse(readFileSync(layoutFile, 'utf8'));
const { catalogue, checker, islands, checker_islands: checkerIslands, editor } = layout.bundles;
// A folder as the list's patterns name it: `/sprawdz/` → `sprawdz/`, `/` → ``.
const rel = (folder) => folder.replace(/^\//, '');
for (const page of [`${rel(catalogue.folder)}index.html`, `${rel(catalogue.folder)}app.html`, `${rel(checker.folder)}index.html`, `${rel(checker.folder)}app.html`, 'manifest.webmanifest']) {
  statSync(join(root, page), { throwIfNoEntry: false }) ?? (() => { throw new Error(`${root}/${page} is missing: build the bundles and write the pages first`); })();
}
// The data format's version is the folder under data/ (`/data/1/`): the worker's data cache is named by it.
const format = /^\/data\/([^/]+)\/$/.exec(layout.data)?.[1];
if (!format) throw new Error(`${layoutFile}: data is ${layout.data}, not /data/<format>/`);

const work = mkdtempSync(join(tmpdir(), 'sw-'));
const bundled = join(work, 'sw.js');
await build({
  entryPoints: ['public/sw.js'], bundle: true, minify: true, format: 'iife', outfile: bundled, logLevel: 'warning',
  // Workbox's production build: no logging, no development checks.
  define: {
    'process.env.NODE_ENV': '"production"',
    DATA_FORMAT: JSON.stringify(format),
    // What the worker needs to know of the site: the folders of the languages named in addresses, of
    // the checker and of the editor.
    LAYOUT: JSON.stringify({
      languages: layout.languages.map((l) => l.folder).filter(Boolean),
      catalogue: catalogue.folder,
      checker: checker.folder,
      editor: editor.folder,
    }),
  },
});
const bundleFiles = (folder) => [`${rel(folder)}*`, `${rel(folder)}snippets/**`];
const { count, size, warnings } = await injectManifest({
  swSrc: bundled, swDest: join(root, 'sw.js'), globDirectory: root,
  // The app shell: each bundle's own files, the catalogue, the icons, the gmina index. Not the pages
  // written at build time (projekt/…/index.html and the rest, thousands for the country): the worker
  // keeps those a resident opened, as they open them.
  // The islands bundles too: a written page the worker kept comes to life offline.
  globPatterns: [...new Set([catalogue, checker, islands, checkerIslands].flatMap((b) => bundleFiles(b.folder)))].concat(['icons/**', 'catalogue/**', 'data/**']),
  // The locality, powiat and locator files are the whole country's: a phone keeps those it opened (the
  // worker's data cache), never all of them. The gmina index (places.json) is kept with the app.
  // The staff editor is not the residents' (the worker keeps it as a clerk opens it). The layout is
  // the build's, for its own steps.
  // A file's brotli copy (scripts/precompress.mjs) is the host's to send for it, not a file of its own.
  globIgnores: ['**/*.br', 'sw.js', 'layout.json', `${rel(editor.folder)}**`, 'data/*/localities/**', 'data/*/powiat/**', 'data/*/gdzie/**'],
  maximumFileSizeToCacheInBytes: 5_000_000,
  // trunk's hashed names change with their content: the URL is its own revision.
  // trunk writes the hash without leading zeros: 15 digits one time in 16.
  dontCacheBustURLsMatching: /-[0-9a-f]{10,16}(_bg)?\.(wasm|js|css)$/,
});
rmSync(work, { recursive: true, force: true });
if (warnings.length) throw new Error(warnings.join('\n'));
console.log(`${root}/sw.js: ${count} files kept offline (${(size / 1000).toFixed(1)} KB), each with its revision`);
