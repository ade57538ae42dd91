// Pages written at build time: every deep link is a real file that a plain static server (no rewrite
// rule, no fallback: nginx with the deployment's configuration, tests/e2e/nginx.mjs) answers, readable before any script runs; the statuses on
// it say the day they were counted for, and the app counts them again for today when it runs, without
// moving the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, DESK, launch, normalise } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
/** A day in Poland as the pages write it: "2 grudnia 2026". */
function polishDay(date) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(date).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

// One address of every kind of page written at build time, with its title and a text it shows.
const PAGES = [
  ['/', 'Projekty ośrodków pomocy społecznej – Sprawdź wsparcie', /Trwa teraz w całym kraju/],
  ['/projekty/', 'Wszystkie projekty w katalogu – Sprawdź wsparcie', /Asystent osobisty osoby z niepełnosprawnością/],
  ['/wojewodztwo/12/', 'województwo małopolskie – Sprawdź wsparcie', /powiat limanowski/],
  ['/powiat/1207/', 'powiat limanowski – Sprawdź wsparcie', /Dobra\s+gmina wiejska/],
  ['/gmina/120703/', 'Gmina Dobra – Sprawdź wsparcie', /Asystent osobisty osoby z niepełnosprawnością – edycja 2026/],
  ['/projekt/asystent-osobisty-2026-dobra/', 'Asystent osobisty osoby z niepełnosprawnością – edycja 2026 – Sprawdź wsparcie', /Nabór zakończony 31 sierpnia 2025/],
  ['/osrodek/gops-dobra/', 'Gminny Ośrodek Pomocy Społecznej w Dobrej – Sprawdź wsparcie', /18 33 30 060/],
  ['/sprawdz/dostepnosc/', 'Deklaracja dostępności – Sprawdź wsparcie', /Deklaracja dostępności/],
  ['/sprawdz/latwy-tekst/', 'Tekst łatwy do czytania – Sprawdź wsparcie', /Sprawdź wsparcie to aplikacja/],
];

/** The app as written at build time, with its scripts taken out of each page (axe needs scripts, so
 * these pages are checked with them on, but none of the app's ever runs). */
async function withoutTheApp(app) {
  await app.page.route((u) => !/\.(js|wasm|css|json|svg|png|webmanifest)$/.test(new URL(u).pathname), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<link [^>]*rel="?modulepreload[^>]*>/g, '');
    await route.fulfill({ response, body });
  });
  return app;
}

test('every kind of page, as written at build time, passes axe', async () => {
  const app = await withoutTheApp(await App.open(env));
  for (const [path] of PAGES) {
    await app.page.goto(app.base + path);
    // The catalogue's pages come to life with their islands and show what acts from the first paint;
    // the pages the apps draw again (the list of every project, the checker's questions and
    // documents) wait under `no-js`.
    const drawnAgain = path === '/projekty/';
    const marks = await app.page.evaluate(() => ({
      noJs: document.documentElement.classList.contains('no-js'), drawnFor: document.documentElement.dataset.drawnFor,
    }));
    assert.equal(marks.noJs, drawnAgain, path);
    assert.equal(!!marks.drawnFor, !drawnAgain, path);
    await app.assertAccessible(`${path} as written at build time`);
  }
  await app.close();
});

test('every kind of page is a file of its own, readable with scripts off, linked to the next', async () => {
  const app = await App.open(env, { javaScript: false });
  const { page } = app;
  const titles = new Set();
  // The build wrote the pages for its day in Poland: today, or yesterday if it ran before midnight.
  const built = [polishDay(new Date()), polishDay(new Date(Date.now() - 86_400_000))];
  for (const [path, title, text] of PAGES) {
    const response = await page.goto(app.base + path);
    assert.equal(response.status(), 200, path);
    const main = normalise(await page.locator('main').innerText());
    assert.match(main, text, path);
    assert.ok(await page.locator('main h1').count(), `${path}: a heading`);
    assert.equal(await page.title(), title, path);
    titles.add(await page.title());
    if (path.startsWith('/sprawdz')) continue;
    // Statuses counted when the page was written, and said so.
    const line = normalise(await page.locator('.as-of-line').innerText());
    assert.ok(built.some((day) => line === `Stan naborów i projektów na ${day}.`), `${path}: ${line}`);
    // What only the app can do is not offered without it.
    for (const control of await page.locator('.js-only').all()) assert.equal(await control.isVisible(), false, `${path}: a control that needs scripts shows`);
  }
  assert.equal(titles.size, PAGES.length, 'each page has its own title');
  // Links between the written pages work without scripts: the gmina, then its project, then its centre.
  await page.goto(`${app.base}/gmina/120703/`);
  await page.locator('main a', { hasText: 'Asystent osobisty osoby z niepełnosprawnością – edycja 2026' }).first().click();
  await page.waitForURL(`${app.base}/projekt/asystent-osobisty-2026-dobra/`);
  assert.match(normalise(await page.locator('main').innerText()), /Nabór zakończony 31 sierpnia 2025/);
  await app.close();
});

test('the checker says plainly that it needs scripts', async () => {
  const app = await App.open(env, { javaScript: false });
  for (const path of ['/sprawdz/', '/sprawdz/projekt/asystent-osobisty-2026-dobra/', '/sprawdz/pytanie/gmina/', '/sprawdz/wynik/']) {
    const response = await app.page.goto(app.base + path);
    assert.equal(response.status(), 200, path);
    assert.match(normalise(await app.page.locator('main').innerText()), /potrzebuje włączonego JavaScriptu/, path);
    assert.equal(await app.page.locator('.loading').isVisible(), false, `${path}: no endless "loading"`);
  }
  await app.close();
});

test('an address with no file gets the 404 page with status 404', async () => {
  const app = await App.open(env, { javaScript: false });
  const response = await app.page.goto(`${app.base}/nie-ma-takiej-strony/`);
  assert.equal(response.status(), 404);
  assert.equal(await app.page.locator('main h1').innerText(), 'Nie znaleziono strony');
  await app.close();
});

test('the app counts the statuses for today when it runs, and the page does not move', async () => {
  const clock = new Date('2026-11-28T10:00:00+01:00');
  for (const viewport of [undefined, DESK]) {
    const app = await App.open(env, { clock, viewport });
    const { page } = app;
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/', '/gmina/120703/', '/projekt/asystent-osobisty-2026-dobra/']) {
      await app.goto(path);
      assert.equal(normalise(await page.locator('.as-of-line').innerText()), 'Stan naborów i projektów na 28 listopada 2026.', path);
      await app.painted();
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.02, `${path}: layout shift ${shift.toFixed(3)} when the app took over`);
    }
    await app.close();
  }
});

test('a page written for today is kept as written: only its islands come to life', async () => {
  const app = await App.open(env);
  const { page } = app;
  // The heading as the browser first read it: still the same node once the bundle has run.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { window.__written = document.querySelector('main h1'); });
  });
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  for (const path of ['/', '/gmina/120703/', '/projekt/asystent-osobisty-2026-dobra/', '/osrodek/ops-szamotuly/']) {
    await app.goto(path);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app), 'islands', path);
    assert.equal(await page.evaluate(() => window.__written === document.querySelector('main h1')), true, `${path}: drawn again`);
  }
  assert.ok(wasm.length && wasm.every((w) => w.startsWith('/strony/')), `only the islands bundle: ${wasm}`);
  // The islands work: the place search finds, the hours say whether the centre is open now.
  assert.match(await page.locator('.open-now').innerText(), /teraz|godzin/);
  await app.goto('/');
  await page.locator('#place-search').fill('Dobra');
  await page.locator('#place-results .place-list a').first().waitFor();
  await app.close();
});

test('a page whose statuses no longer hold is drawn again by the app for that day', async () => {
  // The day after the last one the first page's statuses hold for (the end of a programme running now).
  const written = await (await fetch(`${env.url}/`)).text();
  const until = written.match(/data-holds-until="?(\d{4}-\d\d-\d\d)/)?.[1];
  assert.ok(until, 'the first page says how long what it says holds');
  const next = new Date(`${until}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const app = await App.open(env, { clock: next });
  await app.goto('/');
  assert.equal(await app.page.evaluate(() => document.documentElement.dataset.app), 'started');
  assert.equal(normalise(await app.page.locator('.as-of-line').innerText()), `Stan naborów i projektów na ${polishDay(next)}.`);
  await app.close();
});
