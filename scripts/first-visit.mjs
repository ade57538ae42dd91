// What a first visit downloads, page and service worker together: `/`, then `/sprawdz/`, each until
// the service worker has installed, counted by the server (every byte it sent, uncompressed, as a
// host without compression sends it; gzip-compressed, as a compressing host would; and as nginx sends
// it to a browser that takes brotli: the build's `.br` of the file where it has one, else gzip). trunk's
// hashed files are cached for a year by the server, as a host should, so the worker takes them from
// the browser's HTTP cache instead of downloading them again. Part of `make bench`.
//   node scripts/first-visit.mjs dist
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';

const root = process.argv[2] ?? 'dist';
const { server, url } = await startServer(root);
const sent = [];
server.on('request', (req, res) => {
  const chunks = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, ...rest) => { if (chunk) chunks.push(Buffer.from(chunk)); return write(chunk, ...rest); };
  res.end = (chunk, ...rest) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    const body = Buffer.concat(chunks);
    const path = new URL(req.url, url).pathname;
    const gzip = gzipSync(body, { level: 9 }).length;
    // The file's `.br` only when the body sent is that file (not a 304, a page's index.html or a 404).
    const file = join(root, decodeURIComponent(path));
    const br = existsSync(`${file}.br`) && readFileSync(file).equals(body) ? readFileSync(`${file}.br`).length : gzip;
    sent.push({ path, raw: body.length, gzip, br });
    return end(chunk, ...rest);
  };
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
// A Polish browser (another language is taken to its own pages, which weigh the same: decision 0008).
const page = await browser.newPage({ locale: 'pl-PL' });
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const total = (rows) => rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, br: a.br + r.br }), { raw: 0, gzip: 0, br: 0 });
for (const path of ['/', '/sprawdz/']) {
  const before = sent.length;
  await page.goto(url + path);
  await page.waitForFunction(() => ['islands', 'started'].includes(document.documentElement.dataset.app));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(1500);
  const rows = sent.slice(before);
  const t = total(rows);
  const twice = rows.map((r) => r.path).filter((p, i, all) => all.indexOf(p) !== i);
  console.log(`BENCH first visit ${path}: ${rows.length} requests, ${kb(t.raw)} raw, ${kb(t.gzip)} gzip, ${kb(t.br)} with brotli; downloaded twice: ${twice.length ? [...new Set(twice)].join(', ') : 'nothing'}`);
}
const t = total(sent);
console.log(`BENCH first visit / then /sprawdz/ with the service worker: ${sent.length} requests, ${kb(t.raw)} raw (${(t.raw / 1024).toFixed(0)} KiB), ${kb(t.gzip)} gzip, ${kb(t.br)} with brotli`);
await browser.close();
server.close();
