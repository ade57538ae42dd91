// Lighthouse (npm, with Debian's Chromium) on the release build as deployed: performance,
// accessibility and best practices of the first page and the checker, on a phone profile with
// Lighthouse's default throttling (slow 4G, 4× slower CPU). Fails under the floors below; the
// figures go in docs/PERFORMANCE.md. Performance is measured, not gated: its simulated timings move with the
// machine that runs it.
//   node scripts/lighthouse.mjs dist
// (Lighthouse 12 has no PWA category any more: installability is Chromium's own check, run by
// tests/e2e/offline.test.mjs.)
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../tests/e2e/server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const FLOORS = { accessibility: 1, 'best-practices': 0.9 };
const PAGES = ['/', '/sprawdz'];
const root = process.argv[2] ?? 'dist';

const { server, url } = await startServer(root);
const profile = mkdtempSync(join(tmpdir(), 'sprawdz-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  userDataDir: profile,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('target/lighthouse', { recursive: true });
let failed = false;
try {
  for (const path of PAGES) {
    const result = await lighthouse(url + path, {
      port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES,
    });
    const { categories, audits } = result.lhr;
    writeFileSync(`target/lighthouse/${path === '/' ? 'catalogue' : 'checker'}.html`, result.report);
    const scores = CATEGORIES.map((k) => `${k} ${Math.round(categories[k].score * 100)}`).join(', ');
    const metric = (id) => audits[id]?.displayValue ?? '—';
    console.log(`${path.padEnd(9)} ${scores}; FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`);
    for (const [k, floor] of Object.entries(FLOORS)) {
      if (categories[k].score < floor) {
        failed = true;
        const low = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && categories[k].auditRefs.some((r) => r.id === a.id && r.weight > 0));
        console.error(`FAIL: ${path} ${k} ${categories[k].score} under ${floor}: ${low.map((a) => a.id).join(', ')}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.closeAllConnections();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
