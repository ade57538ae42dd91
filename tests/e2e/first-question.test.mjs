// The general check's first question on its start page as written (issue 38): the islands bundle asks
// the gmina with the place search, the checker app comes meanwhile, and the answer (a gmina picked, or
// "Nie wiem" or a name with "Zacznij") is handed over to it, which goes on with the next question.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, holdBack, launch } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const APP_WASM = /\/sprawdz\/sprawdz-wsparcie-check-[0-9a-f]+_bg\.wasm$/;

async function pick(page, name) {
  await page.locator('#gmina').fill(name);
  await page.locator('#place-results .place-list button', { hasText: new RegExp(`^${name}$`) }).first().click();
}

test('the gmina is answered on the start page as written while the app comes, and the check goes on from it', async () => {
  const app = await App.open(env);
  const { page } = app;
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  // The app's wasm is held back until the answer is given, as on a slow line.
  const release = await holdBack(page, APP_WASM);
  const appAsked = page.waitForRequest(APP_WASM);
  await app.goto('/sprawdz/');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'islands');
  // The app and the gmina index are asked for as soon as the islands are here, before any key.
  await appAsked;
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/data/1/places.json')));
  await app.assertAccessible('the start page with the first question');
  // The gmina's powiat held back too, as on a slow line: the app, once come, draws the start page as
  // the answer left it while the next question waits for the powiat, and reads the gmina index no
  // second time.
  const releasePowiat = await holdBack(page, '**/data/1/powiat/2005.json');
  await pick(page, 'Białowieża');
  const status = page.locator('#start-status[data-answer-taken][role=status]');
  await status.waitFor();
  assert.equal(await status.innerText(), 'Chwileczkę: wczytujemy kolejne pytanie.');
  assert.equal(await page.locator('#place-results .place-list').count(), 0, 'the matches are put away');
  assert.equal(await page.locator('[data-answer-taken]').count(), 1);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), 'islands', 'the answer was taken before the app came');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app !== 'islands');
  assert.equal(await status.innerText(), 'Chwileczkę: wczytujemy kolejne pytanie.', 'still said once the app drew the page');
  assert.equal(await page.locator('#gmina').inputValue(), 'Białowieża', 'the gmina answered');
  releasePowiat();
  await page.locator('main h1', { hasText: 'Kto jest w Twojej rodzinie?' }).waitFor();
  assert.equal(requested.filter((p) => p === '/data/1/places.json').length, 1, 'the gmina index is read once');
  assert.equal(requested.filter((p) => APP_WASM.test(p)).length, 1, 'the app is downloaded once');
  assert.ok(requested.includes('/data/1/powiat/2005.json'), 'the gmina\'s powiat is read');
  await app.assertAccessible('the second question after the start page');
  // Back to the gmina's own question: the answer is there.
  await page.getByRole('link', { name: 'Wstecz' }).click();
  await page.locator('main h1', { hasText: 'W jakiej gminie mieszkasz?' }).waitFor();
  assert.match(await page.locator('#gmina-chosen').innerText(), /Białowieża/);
  await app.close();
});

test('what is typed before the islands act is kept and searched when they do', async () => {
  const app = await App.open(env);
  const { page } = app;
  // The checker's islands held back, as on a slow line: the field as written is there to type in.
  const release = await holdBack(page, /\/strony-sprawdz\/sprawdz-wsparcie-pages-[0-9a-f]+_bg\.wasm$/);
  await page.goto(`${app.base}/sprawdz/`);
  await page.locator('#gmina').fill('Białowieża');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? ''), '', 'typed before the islands act');
  release();
  await app.ready();
  assert.equal(await page.locator('#gmina').inputValue(), 'Białowieża', 'what was typed stays');
  await page.locator('#place-results .place-list button', { hasText: /^Białowieża$/ }).first().click();
  // Taken: the check goes on to the next question.
  await page.locator('main h1', { hasText: 'Kto jest w Twojej rodzinie?' }).waitFor();
  await app.close();
});

test('"Nie wiem" and a name only one gmina has are answers on the start page; nothing typed starts at the gmina question', async () => {
  const app = await App.open(env);
  const { page } = app;
  await app.goto('/sprawdz/');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'islands');
  await page.getByLabel('Nie wiem', { exact: true }).check();
  await page.getByRole('button', { name: 'Zacznij' }).click();
  await page.locator('main h1', { hasText: 'Kto jest w Twojej rodzinie?' }).waitFor();
  await page.getByRole('link', { name: 'Wstecz' }).click();
  await page.locator('main h1', { hasText: 'W jakiej gminie mieszkasz?' }).waitFor();
  assert.ok(await page.getByLabel('Nie wiem', { exact: true }).isChecked(), '"Nie wiem" kept');

  // Now drawn by the app (answers are kept): the same question, taken the same way.
  await app.goto('/sprawdz/');
  await page.locator('#gmina').waitFor();
  await page.locator('#gmina').fill('Białowieża');
  await page.getByRole('button', { name: 'Zacznij' }).click();
  await page.locator('main h1', { hasText: 'Kto jest w Twojej rodzinie?' }).waitFor();
  await page.getByRole('link', { name: 'Wstecz' }).click();
  assert.match(await page.locator('#gmina-chosen').innerText(), /Białowieża/);

  await page.evaluate(() => localStorage.clear());
  await app.goto('/sprawdz/');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'islands');
  await page.getByRole('button', { name: 'Zacznij' }).click();
  await page.locator('main h1', { hasText: 'W jakiej gminie mieszkasz?' }).waitFor();
  assert.equal(await page.locator('#gmina').inputValue(), '');
  await app.close();
});
