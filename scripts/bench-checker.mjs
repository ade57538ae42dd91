// A resident's way through the checker on a phone, timed: a first visit (a fresh browser profile) and a
// repeat visit (the same profile once its service worker has kept what it keeps), each three times, the
// median reported. The link is devtools' "slow 4G" (150 ms, 1.6 Mbit/s down, 675 kbit/s up) put in
// front of the server (scripts/slow-link.mjs), so the service worker's own downloads share and wait for
// it as the page's do; the page's CPU is 4× slower (devtools' CPU throttling). The host compresses
// as real hosts do: the build's brotli files, else gzip (tests/e2e/server.mjs).
//
// The way (Białowieża, one person of 67 with 900 zł, the benefits of the act): `/sprawdz/`, the gmina
// typed and picked, each question answered, the answers' summary, the result. Reported:
// - first question painted: the gmina's field on the screen; acting: once it answers to keys (the
//   islands or the app have come);
// - first answer taken: the gmina's answer acknowledged (the next question shown, or the start page
//   saying it has it while the questions load);
// - second question painted, when the first answer was taken before the questions had loaded;
// - answer → next question: from pressing "Dalej" to the next question painted (median and max, every
//   answer taken by the questions themselves);
// - results: the first verdict painted; KiB to results: what came over the link until then.
// Part of `make bench`: it measures, it does not pass or fail.
//   node scripts/bench-checker.mjs dist [--runs 3] [--catalogue national]
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';
import { slowLink } from './slow-link.mjs';
import { MARKS, PHONE, journey } from './checker-walk.mjs';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? 'dist';
const runs = Number(args[args.indexOf('--runs') + 1] || 3) || 3;
// `--waterfall`: each file of the first run's first visit, when it started and ended, and its size.
const waterfall = args.includes('--waterfall');
const label = args.includes('--label') ? args[args.indexOf('--label') + 1] : 'shipped catalogue';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

const { server, url: direct } = await startServer(root, 0, { compress: true });
let sent = 0;
server.on('request', (req, res) => {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, ...rest) => { if (chunk) sent += Buffer.byteLength(chunk); return write(chunk, ...rest); };
  res.end = (chunk, ...rest) => { if (chunk && typeof chunk !== 'function') sent += Buffer.byteLength(chunk); return end(chunk, ...rest); };
});
const link = await slowLink(Number(new URL(direct).port));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const results = { first: [], repeat: [] };
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ locale: 'pl-PL', viewport: PHONE });
  await context.addInitScript(MARKS);
  for (const visit of ['first', 'repeat']) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const files = [];
    if (waterfall && run === 0 && visit === 'first') {
      context.on('requestfinished', async (r) => {
        const t = r.timing();
        const size = (await r.sizes().catch(() => null))?.responseBodySize ?? 0;
        files.push({ path: new URL(r.url()).pathname, start: t.startTime, end: t.startTime + t.responseEnd, size, worker: !!r.serviceWorker() });
      });
    }
    const navigated = Date.now();
    results[visit].push(await journey(page, link.url, () => sent));
    const at = results[visit].at(-1).results + navigated;
    for (const f of files.splice(0).sort((a, b) => a.start - b.start)) {
      const when = (ms) => ((ms - navigated) / 1000).toFixed(2);
      console.log(`  ${when(f.start)}–${when(f.end)} s ${(f.size / 1024).toFixed(1).padStart(6)} KiB ${f.worker ? 'worker ' : ''}${f.path}${f.start > at ? ' (after the result)' : ''}`);
    }
    context.removeAllListeners('requestfinished');
    // The worker keeps what it keeps while the resident reads the result; then the answers are
    // cleared, as "Wyczyść odpowiedzi" does, so the repeat visit walks the same way.
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await page.waitForTimeout(visit === 'first' ? 15000 : 0);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
  await context.close();
}
for (const visit of ['first', 'repeat']) {
  const r = results[visit];
  const all = r.flatMap((x) => x.steps);
  const row = (name, pick) => `${name} ${s(median(r.map(pick)))}`;
  console.log(`BENCH checker ${visit} visit, ${label}, median of ${runs}: ${[
    row('first question painted', (x) => x.field),
    row('acting', (x) => x.acts),
    row('first answer taken', (x) => x.taken),
    row('second question painted', (x) => x.second),
    `answer → next question median ${Math.round(median(all))} ms, max ${Math.round(Math.max(...all))} ms`,
    row('results', (x) => x.results),
    `KiB to results ${median(r.map((x) => x.kib)).toFixed(0)}`,
  ].join('; ')}`);
  const each = (pick) => r.map((x) => (pick(x) / 1000).toFixed(2)).join(' / ');
  console.log(`  each run: first question painted ${each((x) => x.field)} s; acting ${each((x) => x.acts)} s; first answer taken ${each((x) => x.taken)} s`);
}
await browser.close();
link.close();
server.close();
