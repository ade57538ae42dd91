// Lighthouse (npm, with Debian's Chromium) on the release build as deployed: performance,
// accessibility and best practices of the first page, a gmina's page, a project's page and the
// checker, and the first page in Ukrainian, on a phone profile with Lighthouse's default throttling
// (slow 4G, 4× slower CPU). Each page three times from a server that compresses as real hosts do (the
// build's brotli files, else gzip), the median run reported (Lighthouse's own choice of it), and once
// uncompressed beside it. Fails under the floors below, on
// any run; the figures go in docs/PERFORMANCE.md and the README. Performance is reported against its
// budget (decision 0007), not gated: its simulated timings move with the machine that runs it.
//   node scripts/lighthouse.mjs dist
// (Lighthouse 12 has no PWA category any more: installability is Chromium's own check, run by
// tests/e2e/offline.test.mjs.)
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../tests/e2e/server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const FLOORS = { accessibility: 1, 'best-practices': 0.9 };
// Decision 0007's budget for every page below, on the median compressed run.
const BUDGET = { performance: 95, lcp: 1500, tbt: 100, cls: 0.02 };
const PAGES = [
  ['first page', '/'],
  ['gmina', '/gmina/120703/'],
  ['project', '/projekt/asystent-osobisty-2026-dobra/'],
  ['checker', '/sprawdz/'],
  ['first page in Ukrainian', '/uk/'],
];
const RUNS = 3;
const root = process.argv[2] ?? 'dist';

const servers = { compressed: await startServer(root, 0, { compress: true }), plain: await startServer(root) };
const profile = mkdtempSync(join(tmpdir(), 'sprawdz-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  userDataDir: profile,
  // A Polish browser, as most residents': the unprefixed pages are Polish, and another language's
  // pages are measured at their own addresses (`/uk/`, decision 0008).
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=pl-PL', '--accept-lang=pl-PL,pl'],
});
mkdirSync('target/lighthouse', { recursive: true });

async function run(url) {
  const result = await lighthouse(url, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES });
  return result;
}

const figures = (lhr) => {
  const a = lhr.audits;
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
  };
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const said = (f) => `performance ${f.performance}, FCP ${seconds(f.fcp)}, LCP ${seconds(f.lcp)}, TBT ${Math.round(f.tbt)} ms, CLS ${f.cls.toFixed(3)}`;

let failed = false;
const checkFloors = (path, lhr) => {
  for (const [k, floor] of Object.entries(FLOORS)) {
    const category = lhr.categories[k];
    if (category.score < floor) {
      failed = true;
      const low = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && category.auditRefs.some((r) => r.id === a.id && r.weight > 0));
      console.error(`FAIL: ${path} ${k} ${category.score} under ${floor}: ${low.map((a) => a.id).join(', ')}`);
    }
  }
};
const table = [];
try {
  for (const [name, path] of PAGES) {
    const results = [];
    for (let i = 0; i < RUNS; i += 1) {
      const result = await run(servers.compressed.url + path);
      checkFloors(path, result.lhr);
      results.push(result);
    }
    const median = results.find((r) => r.lhr === computeMedianRun(results.map((r) => r.lhr))) ?? results[0];
    writeFileSync(`target/lighthouse/${name.replace(' ', '-')}.html`, median.report);
    const plain = await run(servers.plain.url + path);
    checkFloors(path, plain.lhr);
    const m = figures(median.lhr);
    const p = figures(plain.lhr);
    const scores = CATEGORIES.slice(1).map((k) => `${k} ${Math.round(median.lhr.categories[k].score * 100)}`).join(', ');
    const runs = results.map((r) => figures(r.lhr).performance).join('/');
    console.log(`${path}: median of ${RUNS} compressed runs (${runs}): ${said(m)}; ${scores}`);
    console.log(`${' '.repeat(path.length)}  uncompressed: ${said(p)}`);
    const over = [m.performance < BUDGET.performance && 'performance', m.lcp > BUDGET.lcp && 'LCP', m.tbt > BUDGET.tbt && 'TBT', m.cls > BUDGET.cls && 'CLS'].filter(Boolean);
    if (over.length) console.log(`${' '.repeat(path.length)}  over the budget (decision 0007): ${over.join(', ')}`);
    table.push(`| ${name} \`${path}\` | ${m.performance} (${runs}) | ${seconds(m.fcp)} | ${seconds(m.lcp)} | ${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} | ${p.performance}, LCP ${seconds(p.lcp)} |`);
  }
  console.log('\n| page | performance, median (runs) | FCP | LCP | TBT | CLS | uncompressed |\n|---|---|---|---|---|---|---|');
  console.log(table.join('\n'));
} finally {
  await chrome.kill();
  for (const { server } of Object.values(servers)) {
    server.closeAllConnections();
    server.close();
  }
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
