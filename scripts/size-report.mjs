// Size report of a release build: bytes of wasm, JS, CSS, HTML and catalogue, raw, gzip (level 9) and
// as sent in brotli. Fails when what the first page loads is over the budget, gzipped.
//   node scripts/size-report.mjs dist
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { files, wantsBrotli } from './precompress.mjs';

// The first page's budget, and the checker's: what a resident on a slow phone waits for. How each
// came to be, and every raise with what was tried first, is in docs/PERFORMANCE.md and the decision
// records (0004, 0007).
const BUDGET_GZIP = 150_000; // bytes, for everything the first page loads
// The checker and declarations are a bundle of their own, loaded only when someone starts a check (its
// start page, written at build time, comes to life with the islands bundle and is held to the first
// page's budget) or opens their documents.
const CHECKER_BUDGET_GZIP = 526_000;
const root = process.argv[2] ?? 'dist';
// Where each bundle is, as the build wrote it (dist/layout.json, by src/bin/prerender/): `sprawdz/`…
const layout = JSON.parse(readFileSync(join(root, 'layout.json'), 'utf8'));
const [CHECKER, ISLANDS, CHECKER_ISLANDS, EDITOR] = ['checker', 'islands', 'checker_islands', 'editor'].map((b) => layout.bundles[b].folder.replace(/^\//, ''));

// The pages written at build time (every address's index.html, 404.html, the bundles' empty app.html):
// one of them is what a visit loads, so each is counted with its bundle only as the first page is.
const isPage = (rel) => rel.endsWith('.html') && rel !== 'index.html' && rel !== `${CHECKER}index.html` && !rel.startsWith(ISLANDS) && !rel.startsWith(CHECKER_ISLANDS) && !rel.startsWith(EDITOR);

function kind(path) {
  const rel = relative(root, path);
  if (isPage(rel)) return rel.startsWith(CHECKER) ? 'checker pages' : 'pages';
  // The staff editor's bundle: counted on its own line, in no resident's total.
  if (rel.startsWith(EDITOR)) return `editor ${({ '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' })[extname(path)] ?? 'other'}`;
  if (rel.startsWith(CHECKER_ISLANDS)) return `checker islands ${({ '.wasm': 'wasm', '.js': 'js' })[extname(path)] ?? 'other'}`;
  if (rel.startsWith(ISLANDS)) return `islands ${({ '.wasm': 'wasm', '.js': 'js' })[extname(path)] ?? 'other'}`;
  if (rel.startsWith(CHECKER)) return `checker ${({ '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' })[extname(path)] ?? 'other'}`;
  if (rel.startsWith('catalogue/')) return 'catalogue';
  if (rel.startsWith('icons/')) return 'icons';
  if (rel.includes('snippets/')) return rel.startsWith(CHECKER) ? 'checker js' : 'js';
  if (rel === 'layout.json') return 'layout';
  if (rel === 'sw.js' || rel === 'manifest.webmanifest') return 'offline';
  if (rel.startsWith('data/')) return 'data';
  return { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' }[extname(path)] ?? 'other';
}

// `br`: what a host sends a browser that accepts brotli: the build's `.br` of the file
// (scripts/precompress.mjs), or gzip where it has none. Each `.br` is checked against its file here:
// one that does not unpack to exactly it, is not smaller, or is missing for a file that should have
// one, fails the report (a host would send a wrong file, or the build lost its compression).
let brProblems = [];
const all = files(root);
const rows = all.filter((path) => !path.endsWith('.br')).map((path) => {
  const body = readFileSync(path);
  const gzip = gzipSync(body, { level: 9 }).length;
  const packed = existsSync(`${path}.br`) ? readFileSync(`${path}.br`) : null;
  if (packed && !brotliDecompressSync(packed).equals(body)) brProblems.push(`${path}.br does not unpack to ${path}`);
  if (packed && packed.length >= body.length) brProblems.push(`${path}.br is not smaller than ${path}`);
  if (!packed && wantsBrotli(path, body.length) && body.length >= 1024) brProblems.push(`${path} has no .br (scripts/precompress.mjs)`);
  return { path: relative(root, path), kind: kind(path), raw: body.length, gzip, br: packed?.length ?? gzip };
});
brProblems = brProblems.concat(all.filter((p) => p.endsWith('.br') && !existsSync(p.slice(0, -3))).map((p) => `${p} has no file of its own`));
if (brProblems.length) {
  console.error(`FAIL: the build's brotli files:\n  ${brProblems.slice(0, 10).join('\n  ')}`);
  process.exit(1);
}

// The first page is index.html, as written at build time, and every file its head names: the style
// sheet, the islands bundle's script, snippets and wasm (src/ui/islands.rs), the SVG icon and the web
// manifest. Not the whole app, which its head names for the islands to load only when a visit needs it
// (a counter, a shared tablet), nor the PNG icon (read only when the app is installed). It reads no
// project: the gmina index and a locality file come when the resident starts typing, a powiat's file
// with the gmina's page (scripts/bench-national.mjs measures that path). Nor does it count what the
// service worker fetches for offline use once the page is up (reported below as "offline").
const svgIcon = (r) => r.path === 'icons/icon.svg';
// The app's files are named in a `<meta>` for the islands to load only when needed: not counted;
// nor the same page in the other languages (`<link rel=alternate hreflang>`), which nothing loads.
function loadedBy(page) {
  const head = readFileSync(join(root, page), 'utf8').split('</head>')[0]
    .replace(/<html[^>]*>|<meta name="?sprawdz-wsparcie-app[^>]*>|<link rel="?alternate[^>]*>/g, '');
  const named = new Set([page]);
  const name = (text) => {
    for (const [, file] of text.matchAll(/(?:href=|src=|["'])\/([^"' >]+)/g)) {
      if (!file.endsWith('.png')) named.add(file);
    }
  };
  name(head);
  // A page's module script is a file of its own (src/bin/prerender/policy.rs): what it loads counts too.
  for (const file of [...named].filter((f) => /^boot-[0-9a-f]+\.js$/.test(f))) name(readFileSync(join(root, file), 'utf8'));
  const found = rows.filter((r) => named.has(r.path));
  if (found.length !== named.size) {
    console.error(`FAIL: ${page} names files the build lacks: ${[...named].filter((f) => !rows.some((r) => r.path === f)).join(', ')}`);
    process.exit(1);
  }
  return found;
}
const firstPage = loadedBy('index.html');
// The checker's start page, as a resident opens it from the first page's menu.
const checkerStart = loadedBy(`${CHECKER}index.html`);
// The checker app, as "Zacznij" loads it: its own files, the icon, the manifest, the parameters, and
// the one part of the catalogue a check reads (src/ui/check/data.rs): the powiat file of the gmina, or
// of a project found through its locator file. Counted at the largest of each, whoever the resident is.
const largest = (pattern) => rows.filter((r) => pattern.test(r.path)).sort((a, b) => b.gzip - a.gzip).slice(0, 1);
const checkerData = [...largest(/^data\/\d+\/powiat\//), ...largest(/^data\/\d+\/gdzie\//)];
// The checker's parts that load only when a page after the result is opened (scripts/split-wasm.sh):
// not in what "Zacznij" loads; reported on their own, and with the app as the whole checker.
const LAZY_PART = /^(chunk_\d+|split_\w+)-[0-9a-f]{16}\.wasm$/;
const checkerParts = rows.filter((r) => r.path.startsWith(CHECKER) && LAZY_PART.test(r.path.slice(CHECKER.length)));
const checkerPage = rows.filter(
  (r) => (r.path.startsWith(CHECKER) && r.kind !== 'checker pages' && !checkerParts.includes(r)) || r.path === 'manifest.webmanifest' || svgIcon(r) || r.path === 'catalogue/parameters.json',
).concat(checkerData);
// Everything the service worker keeps for offline use: the whole build but itself and the country's
// locality, powiat and locator files, which it keeps only as a resident opens them (scripts/service-worker.mjs).
const ON_DEMAND = /^data\/\d+\/(localities|powiat|gdzie)\//;
// The same folders as the worker's list (scripts/service-worker.mjs): the top of each bundle, its
// snippets, the icons, the catalogue, the data; not the pages written for each address.
const inShell = (path) => ['', CHECKER, ISLANDS].some((folder) => path.startsWith(folder) && /^(snippets\/.*|[^/]+)$/.test(path.slice(folder.length)))
  || /^(icons|catalogue|data)\//.test(path);
const offline = rows.filter((r) => r.path !== 'sw.js' && r.path !== 'layout.json' && inShell(r.path) && !ON_DEMAND.test(r.path));

// The editor as a clerk's first visit loads it: its page and every file that page names.
const editorStart = loadedBy(`${EDITOR}index.html`);
if (editorStart.some((r) => firstPage.includes(r) && r.path.startsWith(EDITOR)) || offline.some((r) => r.path.startsWith(EDITOR))) {
  console.error('FAIL: a resident would load the staff editor');
  process.exit(1);
}

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const byKind = {};
for (const r of rows) {
  byKind[r.kind] ??= { raw: 0, gzip: 0, br: 0, files: 0 };
  byKind[r.kind].raw += r.raw;
  byKind[r.kind].gzip += r.gzip;
  byKind[r.kind].br += r.br;
  byKind[r.kind].files += 1;
}
console.log(`Size report for ${root}/ (KB = 1000 bytes)`);
console.log('Budgets are in gzip; "br KB" is what a host sends a browser taking brotli (the build\'s .br, else gzip)');
console.log('kind        files   raw KB  gzip KB    br KB');
for (const [k, v] of Object.entries(byKind).sort()) {
  console.log(`${k.padEnd(10)} ${String(v.files).padStart(6)} ${kb(v.raw)} ${kb(v.gzip)} ${kb(v.br)}`);
}
const sum = (list) => list.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, br: a.br + r.br }), { raw: 0, gzip: 0, br: 0 });
let failed = false;
for (const [label, list, budget] of [
  ['first page', firstPage, BUDGET_GZIP], ['checker start', checkerStart, BUDGET_GZIP], ['checker app', checkerPage, CHECKER_BUDGET_GZIP],
]) {
  const total = sum(list);
  console.log(`${label.padEnd(13)} ${String(list.length).padStart(3)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.br)}   budget ${kb(budget).trim()} KB gzip, ${budget - total.gzip} bytes under`);
  if (total.gzip > budget) {
    console.error(`FAIL: ${label} loads ${total.gzip} bytes gzipped, over the ${budget}-byte budget`);
    failed = true;
  }
}
const parts = sum(checkerParts);
const wholeChecker = sum(checkerPage.concat(checkerParts));
console.log(`${'checker parts'.padEnd(13)} ${String(checkerParts.length).padStart(3)} ${kb(parts.raw)} ${kb(parts.gzip)} ${kb(parts.br)}   loaded when documents, a declaration, a request, a print, the settings, a QR page, the accessibility statement or the easy-to-read text is opened`);
console.log(`${'whole checker'.padEnd(13)} ${String(checkerPage.length + checkerParts.length).padStart(3)} ${kb(wholeChecker.raw)} ${kb(wholeChecker.gzip)} ${kb(wholeChecker.br)}   the app and its parts`);
const kept = sum(offline);
const editorTotal = sum(editorStart);
console.log(`${'editor'.padEnd(13)} ${String(editorStart.length).padStart(3)} ${kb(editorTotal.raw)} ${kb(editorTotal.gzip)} ${kb(editorTotal.br)}   the staff editor (${EDITOR}), loaded by no resident's page`);
console.log(`${'offline'.padEnd(10)} ${String(offline.length).padStart(6)} ${kb(kept.raw)} ${kb(kept.gzip)} ${kb(kept.br)}   fetched by the service worker after the first page is up\n`);
if (!sum(checkerPage).raw || !sum(firstPage).raw || !checkerParts.length) {
  console.error('FAIL: a bundle is missing from the build');
  failed = true;
}
process.exit(failed ? 1 : 0);
