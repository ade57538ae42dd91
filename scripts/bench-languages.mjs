// What a browser preferring Ukrainian pays for languages under their own addresses (decision 0008):
// the first paint and the largest paint of the Ukrainian first page opened at `/` (the script in the
// head takes it to `/uk/` before anything is drawn) and at `/uk/` itself, beside a Polish browser at
// `/`. Lighthouse's phone conditions by hand: a 150 ms round trip at 1.6 Mbit/s down and a 4× slower
// CPU; the median of 5 fresh visits each. Part of `make bench`.
//   node scripts/bench-languages.mjs dist
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';

const root = process.argv[2] ?? 'dist';
const { server, url } = await startServer(root, 0, { compress: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const RUNS = 5;

async function visit(locale, path) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const asked = Date.now();
  await page.goto(url + path, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const figures = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { at: location.pathname, lang: document.documentElement.lang, origin: performance.timeOrigin, fcp, lcp: window.__lcp };
  });
  // Counted from when the address was asked for, so that a redirect's first page counts too (a
  // document's own times start at its navigation).
  figures.fcp += figures.origin - asked;
  figures.lcp += figures.origin - asked;
  await context.close();
  return figures;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [label, locale, path] of [['Polish browser, /', 'pl-PL', '/'], ['Ukrainian browser, /uk/', 'uk-UA', '/uk/'], ['Ukrainian browser, / (taken to /uk/)', 'uk-UA', '/']]) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await visit(locale, path));
  const last = runs.at(-1);
  console.log(`BENCH languages: ${label}: at ${last.at} (lang ${last.lang}), first paint ${Math.round(median(runs.map((r) => r.fcp)))} ms, largest ${Math.round(median(runs.map((r) => r.lcp)))} ms after the address was asked for`);
}
await browser.close();
server.close();
