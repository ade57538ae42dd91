// A static server for the release build, on 127.0.0.1 only. Unknown paths without a file extension get
// the index.html of the nearest folder that has one (/sprawdz/… → sprawdz/index.html, else the root
// index.html), as a static host configured for two single-page apps would, so deep links work on reload.
//
// `dev: true` (what `make serve` uses unless SW=1) keeps the service worker out of the way while
// developing: pages carry a marker that tells the app not to register it, and /sw.js is a worker
// that removes itself and its caches, for a browser that registered the real one earlier.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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

async function nearestIndex(base, path) {
  const parts = path.split('/').filter(Boolean);
  for (let n = parts.length; n > 0; n--) {
    const candidate = join(base, ...parts.slice(0, n), 'index.html');
    if (await stat(candidate).catch(() => null)) return candidate;
  }
  return join(base, 'index.html');
}

const DEV_MARKER = '<meta name="sprawdz-wsparcie-sw" content="off">';
const RETIRING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil((async () => {
  for (const name of await caches.keys()) if (name.startsWith('sprawdz-wsparcie-')) await caches.delete(name);
  await self.registration.unregister();
})()));
`;

export async function startServer(root, port = 0, { dev = false } = {}) {
  const base = resolve(root);
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
      if (!info) {
        if (extname(path)) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        file = await nearestIndex(base, path);
      }
      let body = await readFile(file);
      if (dev && extname(file) === '.html') body = Buffer.from(body.toString('utf8').replace('<head>', `<head>${DEV_MARKER}`));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

// `node tests/e2e/server.mjs dist 8080 [--dev]` serves by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dev = process.argv.includes('--dev');
  const [root = 'dist', port = '8080'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const { url } = await startServer(root, Number(port), { dev });
  console.log(`serving ${root} on ${url}${dev ? ' (development: no service worker; SW=1 make serve to have it)' : ''}`);
}
