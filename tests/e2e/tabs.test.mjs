// Two tabs of the app in one browser share the device's storage: a change in one shows in the other
// (the `storage` event), and a tab that missed a change (as one brought back from the browser's cache
// may) is refused when it saves over the newer value, says so, and shows the newer value.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, DESK, launch } from './harness.mjs';
import { Checker, pickGmina } from './flows.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const ANSWERS = 'sprawdz-wsparcie.odpowiedzi';
const FOSTER = 'Czy jesteście rodziną zastępczą?';
const LEAVER = 'Czy wychowywałeś(-aś) się w rodzinie zastępczej lub placówce opiekuńczo-wychowawczej?';

/** Another tab that misses every other tab's change, as one brought back from the browser's cache may:
 * a listener that runs before the app's stops the `storage` event. */
async function deafTab(app, path) {
  const tab = await app.newTab();
  await tab.page.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await tab.goto(path);
  return tab;
}

const stored = (app, key) => app.page.evaluate((k) => localStorage.getItem(k), key);

test('two tabs of the checker stay in step, and an older tab never overwrites newer answers', async () => {
  const one = await App.open(env, { viewport: DESK });
  const checker = new Checker(one);
  await checker.startFromProject('/projekt/jastrzebie-zdroj-miasto-rodziny');
  await checker.answer('W jakiej gminie mieszkasz?', (p) => pickGmina(p, 'Jastrzębie-Zdrój'));
  await checker.answer('Kto jest w Twojej rodzinie?', (p) => p.locator('#age-0').fill('34'));
  await one.page.locator('main h1', { hasText: FOSTER }).waitFor();

  const two = await one.newTab();
  await two.goto('/sprawdz/odpowiedzi/');
  const row = (app, question) => app.page.locator('.summary-row', { hasText: question }).locator('dd').first();
  await two.page.locator('.summary-row', { hasText: 'W jakiej gminie mieszkasz?' }).getByText('Jastrzębie-Zdrój').waitFor();
  assert.equal(await row(two, FOSTER).innerText(), 'Brak odpowiedzi');

  // An answer given in one tab shows in the other at once.
  await checker.answer(FOSTER, () => checker.choose('Nie'));
  await two.page.waitForFunction((q) => [...document.querySelectorAll('.summary-row')]
    .some((r) => r.querySelector('dt')?.textContent === q && r.querySelector('dd')?.textContent === 'Nie'), FOSTER);

  // A third tab misses the next change, then changes an answer itself: refused, said, and the newer
  // answers shown; the device keeps the newer answers byte for byte.
  const three = await deafTab(one, '/sprawdz/odpowiedzi/');
  await checker.answer(LEAVER, () => checker.choose('Nie'));
  await one.page.locator('main h1').first().waitFor();
  const newer = await stored(one, ANSWERS);
  assert.match(newer, /care_leaver/);
  await two.page.waitForFunction((q) => [...document.querySelectorAll('.summary-row')]
    .some((r) => r.querySelector('dt')?.textContent === q && r.querySelector('dd')?.textContent === 'Nie'), LEAVER);
  assert.equal(await row(three, LEAVER).innerText(), 'Brak odpowiedzi', 'the third tab missed it');
  await three.page.locator('.summary-row', { hasText: FOSTER }).getByRole('link', { name: /Zmień/ }).click();
  await three.page.locator('main h1', { hasText: FOSTER }).waitFor();
  await three.page.getByLabel('Tak', { exact: true }).check();
  await three.page.getByRole('button', { name: 'Dalej' }).click();
  await three.page.locator('.storage-banner', { hasText: 'Zmieniono to w innej karcie albo oknie: pokazujemy nowszą wersję.' }).waitFor();
  assert.equal(await stored(three, ANSWERS), newer, 'the newer answers are kept');
  await three.assertAccessible('answers with the changed-elsewhere notice');
  await three.goto('/sprawdz/odpowiedzi/');
  assert.equal(await row(three, FOSTER).innerText(), 'Nie');
  assert.equal(await row(three, LEAVER).innerText(), 'Nie');
  await three.page.close();
  await two.page.close();
  await one.close();
});

test('two tabs of the staff editor show the same draft, and an older tab never overwrites a newer one', async () => {
  const one = await App.open(env, { viewport: DESK });
  await one.goto('/dla-osrodkow/');
  await one.page.locator('#editor-file').setInputFiles('public/catalogue/gops-dobra.json');
  await one.page.waitForURL(/\/dla-osrodkow\/osrodek\/\?szkic=/);
  await one.ready();
  const two = await one.newTab();
  await two.goto(new URL(one.page.url()).pathname + new URL(one.page.url()).search);
  await one.page.locator('#f-centre-short_name').fill('GOPS w Dobrej');
  await two.page.waitForFunction(() => document.querySelector('#f-centre-short_name')?.value === 'GOPS w Dobrej');
  await two.assertAccessible('editor centre drawn again with the other tab\'s change');

  const three = await deafTab(one, new URL(one.page.url()).pathname + new URL(one.page.url()).search);
  await one.page.locator('#f-centre-short_name').fill('GOPS Dobra (nowe)');
  await two.page.waitForFunction(() => document.querySelector('#f-centre-short_name')?.value === 'GOPS Dobra (nowe)');
  assert.equal(await three.page.locator('#f-centre-short_name').inputValue(), 'GOPS w Dobrej', 'the third tab missed it');
  await three.page.locator('#f-centre-website').fill('https://example.invalid/');
  await three.page.locator('.error-box', { hasText: 'Ten szkic zmieniono w innej karcie albo oknie' }).waitFor();
  await three.page.waitForFunction(() => document.querySelector('#f-centre-short_name')?.value === 'GOPS Dobra (nowe)');
  const key = await one.page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('sprawdz-wsparcie.szkic.')));
  const kept = JSON.parse(await stored(one, key));
  assert.match(JSON.stringify(kept), /GOPS Dobra \(nowe\)/);
  assert.doesNotMatch(JSON.stringify(kept), /example\.invalid/, 'the older tab\'s change is not kept');
  await three.page.close();
  await two.page.close();
  await one.close();
});
