// The app offline and in public: after one online visit everything works with the network gone; a new
// version is offered (never mid-questionnaire) and served after the reload with the data intact; a
// shared tablet keeps nothing and wipes itself (on a controlled clock) or on "Zakończ"; a counter
// lists its centre first, shows a project's QR code and clears everything for the next person.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { App, ARGS, CHROMIUM, DESK, copyOfBuild, launch, normalise } from './harness.mjs';
import { startNginx } from './nginx.mjs';
import { precompress } from '../../scripts/precompress.mjs';
import { Checker, decodeQr, jastrzebieFlow, stored } from './flows.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const DEVICE_KEY = 'sprawdz-wsparcie.urzadzenie';
const SCREENS = 'target/e2e-screens';

/** Waits until the service worker controls the page (and so has kept every file). */
async function controlled(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

async function stop(server) {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
}

/** A copy of the release build that a test may change, served on its own port. */
async function ownSite() {
  const dir = copyOfBuild('sprawdz-site-');
  const { server, url } = await startNginx(dir);
  return { dir, server, url, async close() { await stop(server); rmSync(dir, { recursive: true, force: true }); } };
}

/** The app opened once on its own site copy, with the service worker in control (so it works offline). */
async function installedOnOwnSite() {
  const site = await ownSite();
  const app = await App.open({ url: site.url, browser: env.browser });
  await app.goto('/');
  await controlled(app.page);
  return { site, app, page: app.page, context: app.context };
}

async function fillDeclaration(page) {
  const fill = (id, value) => page.locator(`#${id}`).fill(value);
  await fill('first_name', 'Zofia');
  await fill('surname', 'Kowalska');
  await fill('pesel', '04231115629');
  await fill('street', 'ul. Długa');
  await fill('house', '12A');
  await fill('postcode', '44-330');
  await fill('town', 'Jastrzębie-Zdrój');
  await fill('phone', '600 123 456');
  await page.getByLabel('Miejski').check();
  await page.getByLabel('Ponadgimnazjalne lub średnie (ISCED 3)').check();
  await page.getByLabel('Osoba bierna zawodowo (nie pracuje i nie szuka pracy)').check();
  await page.getByLabel(/rodziny z dziećmi\./).check();
}

/** Sets the device's mode on the staff page, as staff do. */
async function setMode(app, label, { minutes, gmina } = {}) {
  const { page } = app;
  await app.goto('/sprawdz/urzadzenie');
  await page.getByLabel(label).check();
  if (minutes) await page.locator('#idle-minutes').fill(String(minutes));
  if (gmina) {
    // Picked with the place search, as in the checker: the gmina of exactly that name.
    await page.locator('#counter-gmina').fill(gmina);
    await page.locator('#place-results .place-list button', { hasText: new RegExp(`^${gmina}$`) }).first().click();
    await page.locator('#counter-gmina-chosen', { hasText: gmina }).waitFor();
  }
  await page.getByRole('button', { name: 'Zapisz ustawienia' }).click();
}

test('installable; after one online visit the whole app works with the network gone', async () => {
  const { site, app, page, context } = await installedOnOwnSite();
  // The project the resident will check offline, opened once online: its powiat's file is kept.
  await app.goto('/projekt/jastrzebie-zdroj-miasto-rodziny');
  // Chromium's own verdict on installing the app (manifest, icons, service worker), in a normal
  // profile: the test contexts are incognito, where nothing installs.
  const profile = mkdtempSync(join(tmpdir(), 'sprawdz-profile-'));
  const persistent = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS });
  const installPage = persistent.pages()[0] ?? await persistent.newPage();
  await installPage.goto(`${site.url}/`);
  await installPage.evaluate(async () => { await navigator.serviceWorker.ready; });
  const cdp = await persistent.newCDPSession(installPage);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'Chromium can install the app');
  await persistent.close();
  rmSync(profile, { recursive: true, force: true });
  const manifest = await (await page.request.get(`${site.url}/manifest.webmanifest`)).json();
  assert.equal(manifest.name, 'Sprawdź wsparcie');
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
  assert.equal(await page.locator('.offline-note').isVisible(), false);

  // The network goes: the server stops and the browser is offline.
  await site.close();
  await context.setOffline(true);
  await page.reload();
  await app.ready();
  await page.locator('.offline-note', { hasText: 'Brak połączenia z internetem.' }).waitFor();
  await app.goto('/projekty');
  await app.waitForCount('li.card', 22);
  assert.equal(await app.cards().count(), 22, 'the catalogue lists every project offline');
  await app.assertAccessible('catalogue offline');

  // A deep link, the whole check, a saved declaration and its print view.
  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await checker.results();
  await checker.verdict('Jastrzębie-Zdrój – Miasto Rodziny').getByRole('button', { name: /Wypełnij deklarację/ }).click();
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa' }).waitFor();
  await fillDeclaration(page);
  await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa w projekcie' }).waitFor();
  assert.ok(normalise(await page.locator('article.document').innerText()).includes('11 marca 2004'));
  const saved = Object.keys(await stored(page)).filter((k) => k.includes('.deklaracja.'));
  assert.equal(saved.length, 1, 'the declaration is saved on the device');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-status').isVisible(), false, 'no offline note on paper');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'printed to PDF offline');
  await page.emulateMedia({ media: 'screen' });
  // Reloaded offline on a deep link of the checker: still there.
  await page.reload();
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa w projekcie' }).waitFor();
  // The only problems allowed are the browser's failed requests while offline, none of them ours.
  app.problems = app.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p));
  await app.close();
});

test('a new version is offered only outside the questionnaire, and served after the reload with the data intact', async () => {
  const { site, app, page } = await installedOnOwnSite();
  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await page.locator('main h1', { hasText: 'Sprawdź swoje odpowiedzi' }).waitFor();
  const before = await stored(page);
  assert.ok(before['sprawdz-wsparcie.odpowiedzi'], 'the answers are saved');

  // Version 2 is deployed: a catalogue change, and the service worker made again by the build's script.
  const file = join(site.dir, 'catalogue', 'ops-szamotuly.json');
  // The project's title (the centre's source has a title too, and comes first in the file).
  const project = '"title": "Poprawa dostępu';
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(project), 'the project title to change is in the file');
  writeFileSync(file, text.replace(project, '"title": "(nowa wersja) Poprawa dostępu'));
  // As `make dist` does: the pages written again from the new data, then the worker's list.
  execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', site.dir]);
  execFileSync('node', ['scripts/service-worker.mjs', site.dir]);
  await precompress(site.dir);
  // What the update downloads: the worker and the one file that changed, nothing it already keeps.
  const asked = site.server.requests().length;
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    while (!registration.waiting) await new Promise((ok) => setTimeout(ok, 50));
  });
  const fetched = site.server.requests().slice(asked);
  assert.deepEqual([...new Set(fetched)].sort(), ['/catalogue/ops-szamotuly.json', '/sw.js'], 'only what changed is downloaded');
  // Reviewing answers is the middle of the questionnaire: no notice yet, though the app knows of the
  // new version (it marks <html> so).
  await page.locator('html[data-update="ready"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('.update-note').isVisible(), false, 'no notice while reviewing answers');
  await page.getByRole('link', { name: 'Pokaż wynik' }).click();
  await page.locator('main h1', { hasText: 'Wynik sprawdzenia' }).waitFor();
  const notice = page.locator('.update-note');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Dostępna nowa wersja — odśwież/);
  await app.assertAccessible('results with the update notice');
  // The reload may come before the click returns: waited for from before the click.
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Odśwież' }).click()]);
  await page.locator('main h1', { hasText: 'Wynik sprawdzenia' }).waitFor();
  assert.deepEqual(await stored(page), before, 'stored data survives the update byte for byte');
  assert.ok(await checker.verdict('Jastrzębie-Zdrój – Miasto Rodziny').isVisible(), 'the results still show');
  await app.goto('/projekty');
  assert.ok((await app.cardTitles()).some((t) => t.startsWith('(nowa wersja)')), 'the new version is served');
  assert.equal(await page.locator('.update-note').isVisible(), false);
  await app.close();
  await site.close();
});

test('a visited gmina opens offline; an app update keeps its data, replaced only once the new file has arrived', async () => {
  const { site, app, page, context } = await installedOnOwnSite();
  // Found as a resident finds it: the towns the search read are kept as data, the page as a page.
  await page.locator('#place-search').fill('Jastrzębie');
  await page.locator('#place-results a', { hasText: 'Jastrzębie-Zdrój' }).first().click();
  await page.waitForURL(/\/gmina\/246701\/$/);
  await app.ready();
  await page.getByText('ul. Opolska 9').waitFor();
  const kept = async () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('sprawdz-wsparcie-data-')));
  assert.deepEqual(await kept(), ['sprawdz-wsparcie-data-1'], 'one data cache, named by the data format');

  // Offline: the gmina visited opens as it was kept; one never visited says so plainly.
  await context.setOffline(true);
  await page.reload();
  await app.ready();
  await page.getByText('ul. Opolska 9').waitFor();
  await app.goto('/gmina/120105');
  await page.getByText('Nie udało się pobrać danych ośrodka.').waitFor();
  await app.assertAccessible('gmina offline, never visited');
  // A project never opened: a page with a heading and a title that say it could not be loaded.
  await app.goto('/projekt/klobuckie-centrum-uslug-spolecznych');
  assert.equal(await page.locator('main h1').innerText(), 'Nie udało się wczytać tej strony');
  assert.equal(await page.title(), 'Nie udało się wczytać tej strony – Sprawdź wsparcie');
  await app.assertAccessible('project offline, never opened');
  await context.setOffline(false);

  // Version 2 is deployed: the app and the directory both change.
  const powiat = join(site.dir, 'data', '1', 'powiat', '2467.json');
  writeFileSync(powiat, readFileSync(powiat, 'utf8').replace('ul. Opolska 9', 'ul. Opolska 9 (nowy adres)'));
  const catalogue = join(site.dir, 'catalogue', 'ops-szamotuly.json');
  writeFileSync(catalogue, readFileSync(catalogue, 'utf8').replace('"title": "', '"title": "(nowa wersja) '));
  // As `make dist` does: the pages written again from the new data, then the worker's list.
  execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', site.dir]);
  execFileSync('node', ['scripts/service-worker.mjs', site.dir]);
  await precompress(site.dir);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    while (!registration.waiting) await new Promise((ok) => setTimeout(ok, 50));
    const changed = new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    registration.waiting.postMessage('skip-waiting');
    await changed;
  });
  // Offline straight after the update: the new app, and the page and data it kept from before.
  await context.setOffline(true);
  await app.goto('/gmina/246701/');
  await page.getByText('ul. Opolska 9').waitFor();
  assert.doesNotMatch(await app.mainText(), /nowy adres/);
  assert.deepEqual(await kept(), ['sprawdz-wsparcie-data-1'], 'the update did not delete the data');
  // Online: the page written again arrives and takes the old one's place, offline too.
  await context.setOffline(false);
  await page.reload();
  await page.getByText('ul. Opolska 9 (nowy adres)').waitFor();
  await context.setOffline(true);
  await page.reload();
  await page.getByText('ul. Opolska 9 (nowy adres)').waitFor();
  app.problems = app.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p));
  await app.close();
  await site.close();
});

test('a project page whose facts are on the device opens offline however it is reached: a reload, a deep link, a QR address, a later day', async () => {
  const { site, app, page, context } = await installedOnOwnSite();
  // Time as it flows, to be moved on later.
  await page.clock.install();
  // Online, as a resident goes: the gmina's page, then a click on its project (drawn from the powiat file
  // the gmina's page read, so no locator file was needed for it).
  await app.goto('/gmina/120703/');
  await app.ready();
  const title = 'Asystent osobisty osoby z niepełnosprawnością – edycja 2026';
  await page.locator('main a', { hasText: title }).first().click();
  await page.waitForURL(/\/projekt\/asystent-osobisty-2026-dobra\/$/);
  await page.locator('main h1', { hasText: title }).waitFor();
  // The data files the page was drawn with are kept with it by the worker: its locator and its powiat.
  await page.waitForFunction(async () => {
    const cache = await caches.open('sprawdz-wsparcie-data-1');
    const kept = (await cache.keys()).map((r) => r.url);
    return kept.some((u) => u.includes('/data/1/gdzie/')) && kept.some((u) => u.includes('/data/1/powiat/1207.json'));
  });
  await context.setOffline(true);
  for (const how of ['reload', '/projekt/asystent-osobisty-2026-dobra/', '/projekt/asystent-osobisty-2026-dobra']) {
    if (how === 'reload') await page.reload(); else await app.goto(how);
    await page.locator('main h1', { hasText: title }).waitFor();
    const text = await app.mainText();
    assert.doesNotMatch(text, /Nie udało się wczytać/, how);
    assert.match(text, /Gminny Ośrodek Pomocy Społecznej w Dobrej/, how);
  }
  // A day past what the kept page says (the edition has ended): the app draws it again from the data
  // kept on the device.
  await page.clock.setSystemTime(new Date('2027-01-02T10:00:00+01:00'));
  await page.reload();
  await page.locator('.status-box', { hasText: 'Edycja 2026 zakończyła się 31 grudnia 2026.' }).waitFor();
  assert.doesNotMatch(await app.mainText(), /Nie udało się wczytać/);
  app.problems = app.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p));
  await app.close();
  await site.close();
});

test('shared device: nothing is ever stored, the idle countdown wipes, "Zakończ" wipes at once, switching off asks', async () => {
  const app = await App.open(env, { clock: new Date('2026-11-22T10:00:00+01:00') });
  const { page, context } = app;
  // Every localStorage write is noted (in sessionStorage, which outlives the reloads) to show that no
  // key but the device's own is ever written.
  await context.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (this === window.localStorage) {
        const written = JSON.parse(sessionStorage.getItem('written') ?? '[]');
        set.call(sessionStorage, 'written', JSON.stringify([...written, key]));
      }
      return set.call(this, key, value);
    };
  });
  await setMode(app, 'Urządzenie wspólne (spotkania, dyżury w terenie)', { minutes: 2 });
  await page.waitForURL(`${env.url}/`);
  await app.ready();
  const bar = page.locator('.shared-bar');
  assert.match(await bar.innerText(), /To urządzenie jest wspólne\. Nic, co tu wpiszesz, nie zostaje zapisane\..*po 2 min/s);
  await app.assertAccessible('shared device start page');
  await page.screenshot({ path: `${SCREENS}/shared-start-phone.png`, fullPage: true });

  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await checker.results();
  assert.deepEqual(Object.keys(await stored(page)), [DEVICE_KEY], 'the answers live in memory only');

  // Idle: the countdown shows in the last minute; a touch stops it.
  await page.clock.fastForward(61_000);
  const warning = page.locator('.idle-warning');
  await warning.waitFor();
  assert.match(await warning.innerText(), /Czy jeszcze tu jesteś\?.*Za \d+ s wszystko/s);
  await app.assertAccessible('idle countdown');
  await page.screenshot({ path: `${SCREENS}/shared-countdown-phone.png` });
  await warning.getByRole('button', { name: 'Jestem, kontynuuję' }).click();
  await page.clock.fastForward(2_000);
  await warning.waitFor({ state: 'hidden' });
  assert.match(page.url(), /\/sprawdz\/wynik\/$/);
  // Then nobody touches it for the whole idle time: everything goes, the start page comes back.
  await page.clock.fastForward(121_000);
  await page.waitForURL(`${env.url}/`);
  await app.ready();
  await app.goto('/sprawdz/odpowiedzi');
  assert.doesNotMatch(await app.mainText(), /Jastrzębie-Zdrój/, 'no answer is left for the next person');

  // "Zakończ" wipes at once, the language the person chose with it: it was kept for the tab only
  // (session storage), and the bar spoke it.
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await page.locator('.language-switch [lang=en]').click();
  await page.locator('.shared-bar', { hasText: 'This device is shared.' }).waitFor();
  assert.deepEqual(await page.evaluate(() => [localStorage.getItem('sprawdz-wsparcie.jezyk'), sessionStorage.getItem('sprawdz-wsparcie.jezyk')]), [null, 'en']);
  await page.locator('.shared-bar').getByRole('button', { name: 'End' }).click();
  await page.waitForURL(`${env.url}/`);
  await app.ready();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl', 'the next person starts in the browser\'s language');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('sprawdz-wsparcie.jezyk')), null);
  await app.goto('/sprawdz/dokumenty');
  assert.doesNotMatch(await app.mainText(), /Jastrzębie-Zdrój|Twoje odpowiedzi/);
  // Nor does it write files: no export, a word about printing instead.
  assert.equal(await page.getByRole('button', { name: 'Zapisz wszystkie dokumenty do pliku' }).count(), 0);
  assert.match(await app.mainText(), /To urządzenie jest wspólne, więc nie zapisujemy na nim deklaracji do pliku/);
  await app.assertAccessible('documents on a shared device');
  const written = await page.evaluate(() => JSON.parse(sessionStorage.getItem('written') ?? '[]'));
  assert.deepEqual([...new Set(written)], [DEVICE_KEY], 'no key but the device setting was ever written');
  assert.match((await stored(page))[DEVICE_KEY], /^schema=2&mode=shared&idle_minutes=2$/);

  // Switching the mode off asks first; "Anuluj" changes nothing.
  await setMode(app, 'Urządzenie jednej osoby');
  await page.locator('#confirm').waitFor();
  await app.assertAccessible('switching shared mode off');
  await page.locator('#confirm').getByRole('button', { name: 'Anuluj' }).click();
  assert.match((await stored(page))[DEVICE_KEY], /mode=shared/);
  await page.getByRole('button', { name: 'Zapisz ustawienia' }).click();
  await page.locator('#confirm').getByRole('button', { name: 'Wyłącz tryb wspólny' }).click();
  await page.waitForURL(`${env.url}/`);
  await app.ready();
  assert.equal(await page.locator('.shared-bar').count(), 0);
  await app.close();
});

test('an outreach tablet keeps a whole voivodeship offline with one button that says its size, and drops it again', async () => {
  const { site, app, page, context } = await installedOnOwnSite();
  await app.goto('/wojewodztwo/24');
  const keep = JSON.parse(readFileSync('dist/data/1/offline.json', 'utf8'));
  const slaskie = keep.voivodeships.find((v) => v.code === '24');
  // The size said is what the files weigh compressed, as the build measured them.
  const kb = Math.ceil((slaskie.bytes + keep.localities.bytes) / 1000);
  const button = page.getByRole('button', { name: `Zachowaj województwo śląskie na tym urządzeniu (pobierze około ${kb} KB)` });
  await button.waitFor();
  await app.assertAccessible('voivodeship page: keep it offline');
  const inCache = () => page.evaluate(async () => (await (await caches.open('sprawdz-wsparcie-data-1')).keys())
    .map((r) => new URL(r.url).pathname).sort());
  await button.click();
  await page.getByText('Województwo śląskie: dane są zachowane na tym urządzeniu i działają bez internetu.').waitFor({ timeout: 60_000 });
  const wanted = [...slaskie.files, ...keep.localities.files].map((f) => `/data/1/${f}`).sort();
  assert.deepEqual(await inCache(), wanted, 'exactly the voivodeship\'s files and the town files');
  await app.assertAccessible('voivodeship kept');

  // Offline: a gmina of the voivodeship never visited opens with its centre; a village is found; a gmina
  // of another voivodeship says plainly it could not be downloaded.
  await context.setOffline(true);
  await app.goto('/gmina/240603');
  await page.getByText('ul. Częstochowska 29').waitFor();
  await app.goto('/');
  await page.locator('#place-search').fill('Zalesie');
  await page.locator('#place-results h3', { hasText: 'Miasta i wsie' }).waitFor();
  await app.goto('/gmina/120105');
  await page.getByText('Nie udało się pobrać danych ośrodka.').waitFor();
  await context.setOffline(false);

  // Dropped again: nothing of it is left in the data cache (no other voivodeship is kept).
  await app.goto('/wojewodztwo/24');
  await page.getByRole('button', { name: 'Usuń z tego urządzenia województwo śląskie' }).click();
  await button.waitFor();
  assert.deepEqual((await inCache()).filter((p) => wanted.includes(p)), []);
  app.problems = app.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p));
  await app.close();
  await site.close();
});

test('counter: large type, its gmina first, a project QR for the phone, "Następna osoba" leaves nothing', async () => {
  const app = await App.open(env, { viewport: DESK });
  const { page } = app;
  await app.goto('/sprawdz/urzadzenie');
  await app.assertAccessible('device settings');
  // A wrong idle time is named at the field.
  await page.locator('#idle-minutes').fill('0');
  await page.getByRole('button', { name: 'Zapisz ustawienia' }).click();
  await page.locator('#error-summary').waitFor();
  assert.match(await page.locator('#idle-minutes-error').innerText(), /od 1 do 60/);
  assert.match(await page.title(), /^Błąd: Ustawienia urządzenia/);
  await setMode(app, 'Okienko w ośrodku', { minutes: 5, gmina: 'Szamotuły' });
  await page.waitForURL(`${env.url}/`);
  await app.ready();
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('counter')));
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  assert.equal(size, '20px', 'large type');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), DEVICE_KEY), 'schema=2&mode=counter&idle_minutes=5&gmina=302407');
  await page.locator('.counter-bar', { hasText: 'gmina Szamotuły' }).waitFor();
  // Its gmina first of all, a link away: the centre and every project open to the gmina's residents.
  const own = page.locator('main .counter-gmina a');
  assert.equal(await own.getAttribute('href'), '/gmina/302407/');
  await app.assertAccessible('counter first page');
  await own.click();
  await page.locator('main h1', { hasText: 'Szamotuły' }).waitFor();
  await page.screenshot({ path: `${SCREENS}/counter-desk.png` });
  // In the list of every project, those open to the gmina's residents come first.
  await app.goto('/projekty');
  await app.waitForCount('li.card', 22);
  const first = app.cards().first();
  assert.match(await first.innerText(), /Szamotuł/, 'the project for the gmina\'s residents comes first');
  await app.assertAccessible('counter catalogue');

  // A project's link as a QR code, read back by an independent decoder.
  await first.locator('h2 a').click();
  await page.locator('article.project h1').waitFor();
  const projectPath = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Pokaż kod QR do otwarcia na telefonie' }).click();
  await page.locator('main h1', { hasText: 'Otwórz ten projekt na swoim telefonie' }).waitFor();
  await app.assertAccessible('project QR');
  assert.equal(await decodeQr(page), `${env.url}${projectPath}`);

  // A person checks and declares; "Następna osoba" clears it all in one tap.
  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await checker.results();
  assert.ok((await stored(page))['sprawdz-wsparcie.odpowiedzi']);
  await page.locator('.counter-bar').getByRole('button', { name: 'Następna osoba' }).click();
  await page.waitForURL(`${env.url}/`);
  await app.ready();
  assert.deepEqual(Object.keys(await stored(page)), [DEVICE_KEY], 'nothing of the person is left');

  // A counter set up by its centre (settings of the previous schema) moves to the centre's gmina.
  await page.evaluate((key) => localStorage.setItem(key, 'schema=1&mode=counter&idle_minutes=5&centre=gops-jastkow'), DEVICE_KEY);
  await app.goto('/');
  await page.locator('.counter-bar', { hasText: 'gmina Jastków' }).waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key) === 'schema=2&mode=counter&idle_minutes=5&gmina=060907', DEVICE_KEY);
  await app.goto('/');
  assert.equal(await page.locator('main .counter-gmina a').getAttribute('href'), '/gmina/060907/');
  await app.close();
});
