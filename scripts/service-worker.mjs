// Writes dist/sw.js from public/sw.js after both trunk builds: the list of files to keep offline is
// every file of the build (with trunk's hashed names), and the version is a hash of their contents,
// so any change to the app or its data makes a new service worker and a new cache.
//   node scripts/service-worker.mjs dist
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.argv[2] ?? 'dist';
const template = readFileSync('public/sw.js', 'utf8');
for (const marker of ['__VERSION__', '__PRECACHE__']) {
  if (!template.includes(marker)) throw new Error(`public/sw.js: the marker ${marker} is missing`);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// The locality, powiat and locator files are the whole country's: a phone keeps those it opened (the service
// worker's data cache), never all of them. The gmina index (places.json) is kept with the app.
const ON_DEMAND = /^\/data\/\d+\/(localities|powiat|gdzie)\//;

const entries = files(root)
  .map((path) => '/' + relative(root, path).split(sep).join('/'))
  .filter((url) => url !== '/sw.js' && !ON_DEMAND.test(url))
  .sort()
  .map((url) => [url, createHash('sha256').update(readFileSync(join(root, url))).digest('hex')]);
for (const page of ['/index.html', '/sprawdz/index.html', '/manifest.webmanifest']) {
  if (!entries.some(([url]) => url === page)) throw new Error(`${root}${page} is missing: build both bundles first`);
}
const version = createHash('sha256').update(entries.map(([url, hash]) => `${url} ${hash}\n`).join('')).digest('hex').slice(0, 16);
const sw = template
  .replace('__VERSION__', JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(entries.map(([url]) => url), null, 1));
writeFileSync(join(root, 'sw.js'), sw);
const bytes = entries.reduce((n, [url]) => n + statSync(join(root, url)).size, 0);
console.log(`${root}/sw.js: version ${version}, ${entries.length} files kept offline (${(bytes / 1000).toFixed(1)} KB)`);
