// What a first visit downloads, page and service worker together: `/`, then `/sprawdz/`, each until
// the service worker has installed, counted by the server (every byte it sent, uncompressed, as a
// host without compression sends it; and gzip-compressed, as a compressing host would). trunk's
// hashed files are cached for a year by the server, as a host should, so the worker takes them from
// the browser's HTTP cache instead of downloading them again. Part of `make bench`.
//   node scripts/first-visit.mjs dist
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
    sent.push({ path: new URL(req.url, url).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
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
const total = (rows) => rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
for (const path of ['/', '/sprawdz/']) {
  const before = sent.length;
  await page.goto(url + path);
  await page.waitForFunction(() => ['islands', 'started'].includes(document.documentElement.dataset.app));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(1500);
  const rows = sent.slice(before);
  const t = total(rows);
  const twice = rows.map((r) => r.path).filter((p, i, all) => all.indexOf(p) !== i);
  console.log(`BENCH first visit ${path}: ${rows.length} requests, ${kb(t.raw)} raw, ${kb(t.gzip)} gzip; downloaded twice: ${twice.length ? [...new Set(twice)].join(', ') : 'nothing'}`);
}
const t = total(sent);
console.log(`BENCH first visit / then /sprawdz/ with the service worker: ${sent.length} requests, ${kb(t.raw)} raw (${(t.raw / 1024).toFixed(0)} KiB), ${kb(t.gzip)} gzip`);
await browser.close();
server.close();
