// Search-as-you-type latency of "Gdzie mieszkasz?" in headless Chromium with the CPU slowed 4× (as
// Lighthouse's phone profile does): each letter of a village's name is typed once the page has
// painted the answer to the one before, and the time from the key to the next frame after the results
// changed is measured in the page. The first letters wait for the gmina index and the locality file
// to download; those downloads are reported apart, and the keystrokes after them are what the target
// (within 50 ms) is about. Part of `make bench`, not of `make test`: it measures, it does not judge.
//   node scripts/bench-search.mjs dist
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';

const root = process.argv[2] ?? 'dist';
const WORDS = ['Nowa Wieś', 'Konopnica', 'Szczawa', 'Zalesie', 'Brzeziny'];
const { server, url } = await startServer(root, 0, { dev: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'pl-PL' });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(`${url}/`);
await page.locator('main h1').waitFor();

/** Types one letter and resolves with the milliseconds from the key to the end of the next frame. A
 * letter that needs a download (`wait` set) resolves once the results show, after it has arrived. */
async function key(letter, wait) {
  return page.evaluate(([letter, wait]) => new Promise((done) => {
    const input = document.querySelector('#place-search');
    const results = document.querySelector('#place-results');
    const start = performance.now();
    const frame = () => requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
    input.focus();
    input.value += letter;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: letter }));
    if (!wait) return frame();
    const ready = () => results.querySelector('.result-count') && !/Szukamy też|Wczytywanie/.test(results.innerText);
    if (ready()) return frame();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      frame();
    });
    observer.observe(results, { childList: true, subtree: true, characterData: true });
  }), [letter, wait]);
}

const warm = [];
const typing = [];
for (const word of WORDS) {
  await page.locator('#place-search').fill('');
  for (let i = 0; i < word.length; i++) {
    const ms = await key(word[i], i < 2);
    // The first two letters of a word fetch the gmina index (once) and the locality file of those letters.
    (i < 2 ? warm : typing).push(ms);
  }
}
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const describe = (xs) => {
  const s = sorted(xs);
  return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, 90th percentile ${s[Math.floor(s.length * 0.9)].toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms (${s.length} keys)`;
};
console.log(`BENCH search, CPU 4× slower, first two letters of each word (downloads included): ${describe(warm)}`);
console.log(`BENCH search, CPU 4× slower, every further letter: ${describe(typing)}`);
await browser.close();
server.close();
