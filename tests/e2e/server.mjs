// A static server for the release build, on 127.0.0.1 only, as plain as the plainest static host: a
// file for each address (a folder's index.html for an address ending in a folder), and for an address
// with no file the build's 404.html with status 404. Each file has its validator (an ETag), so a file
// revalidated unchanged is answered "304 Not Modified". No rewrite rule: every deep link must be a real
// file (`make dist` writes them). Caching as a host should: trunk's hashed files for a year (their
// name changes with their content), everything else revalidated.
//
// `dev: true` (what `make serve` uses unless SW=1) keeps the service worker out of the way while
// developing: pages carry a marker that tells the app not to register it, and /sw.js is a worker
// that removes itself and its caches, for a browser that registered the real one earlier.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

// trunk's file names end in a 16-digit hash of their content.
// (trunk writes the hash without leading zeros: 15 digits one time in 16.)
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.(wasm|js|css)$/;

const DEV_MARKER = '<meta name="sprawdz-wsparcie-sw" content="off">';
const RETIRING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil((async () => {
  for (const name of await caches.keys()) if (name.startsWith('sprawdz-wsparcie-')) await caches.delete(name);
  await self.registration.unregister();
})()));
`;

// What a host compresses when the browser accepts it (`compress: true`, as real hosts and CDNs do; the
// end-to-end tests serve uncompressed): the build's brotli file beside it (`<file>.br`,
// scripts/precompress.mjs), as nginx's `brotli_static` sends it (deploy/nginx/), or else gzip at
// level 6, nginx's and most CDNs' choice.
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest']);

export async function startServer(root, port = 0, { dev = false, compress = false } = {}) {
  const base = resolve(root);
  const packed = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
      if (dev && path === '/sw.js') {
        res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-cache' }).end(RETIRING_WORKER);
        return;
      }
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      let status = 200;
      if (!info) {
        status = 404;
        file = join(base, '404.html');
        if (!(await stat(file).catch(() => null))) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
      }
      // A validator, as every static host gives one: a browser revalidating a file it has (`no-cache`)
      // gets "304 Not Modified" and no body when the file is the same.
      const etag = info && `"${info.size.toString(16)}-${Math.round(info.mtimeMs).toString(16)}"`;
      if (etag && req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag, 'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache' }).end();
        return;
      }
      let body = await readFile(file);
      // trunk's minified pages have no `<head>` tag: the marker goes before the head's end.
      if (dev && extname(file) === '.html') body = Buffer.from(body.toString('utf8').replace('</head>', `${DEV_MARKER}</head>`));
      const caching = HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': caching };
      if (etag) headers.etag = etag;
      if (compress && COMPRESSED.has(extname(file))) {
        headers.vary = 'accept-encoding';
        const accepts = (coding) => new RegExp(`\\b${coding}\\b`).test(req.headers['accept-encoding'] ?? '');
        const br = accepts('br') && await readFile(`${file}.br`).catch(() => null);
        if (br) {
          body = br;
          headers['content-encoding'] = 'br';
        } else if (accepts('gzip')) {
          if (!packed.has(file)) packed.set(file, gzipSync(body, { level: 6 }));
          body = packed.get(file);
          headers['content-encoding'] = 'gzip';
        }
      }
      res.writeHead(status, headers);
      res.end(body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

// `node tests/e2e/server.mjs dist 8080 [--dev] [--compress]` serves by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dev = process.argv.includes('--dev');
  const compress = process.argv.includes('--compress');
  const [root = 'dist', port = '8080'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const { url } = await startServer(root, Number(port), { dev, compress });
  console.log(`serving ${root} on ${url}${dev ? ' (development: no service worker; SW=1 make serve to have it)' : ''}`);
}
