// Storage that lasts, and says when it may not: the browser is asked to keep the storage when a
// declaration is first saved (not before), "Moje dokumenty" says what it answered, Safari's week
// without a visit is said only where it applies, and each declaration says when it was last saved to
// a file, after a reload too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, DESK, launch } from './harness.mjs';
import { storedDeclaration } from './flows.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const ID = 'd0000000000001-abcd';
const KEY = `sprawdz-wsparcie.deklaracja.${ID}`;
const FILE_SAVES = 'sprawdz-wsparcie.zapisane-do-pliku';
const DECLARATION = JSON.stringify(storedDeclaration(ID, 'Jan'));
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

/** "Moje dokumenty" with one declaration stored, each call to `navigator.storage.persist()` counted. */
async function documents(options = {}) {
  const app = await App.open(env, { viewport: DESK, clock: new Date('2026-12-03T10:00:00+01:00'), ...options });
  await app.context.addInitScript(() => {
    window.__persistAsked = 0;
    const persist = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function () { window.__persistAsked += 1; return persist.call(this); };
  });
  await app.goto('/');
  await app.page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, DECLARATION]);
  await app.goto('/sprawdz/dokumenty');
  await app.page.locator('li.document-card', { hasText: 'Jan Nowak' }).waitFor();
  return app;
}

const asked = (page) => page.evaluate(() => window.__persistAsked);
const persisted = (page) => page.evaluate(() => navigator.storage.persisted());

test('the browser is asked to keep the storage on the first save, and Moje dokumenty says what it answered', async () => {
  const app = await documents();
  const { page } = app;
  const state = page.locator('#keeping-state');
  await page.waitForFunction(() => document.querySelector('#keeping-state')?.textContent.trim());
  assert.equal(await asked(page), 0, 'nothing saved yet: nothing asked');
  const mayGo = /Przeglądarka nie obiecała przechowywać Twoich dokumentów: gdy na urządzeniu zabraknie miejsca, może je usunąć/;
  const kept = /Przeglądarka zgodziła się przechowywać Twoje dokumenty/;
  assert.match(await state.innerText(), (await persisted(page)) ? kept : mayGo);
  assert.equal(await page.locator('#keeping-week').count(), 0, 'Chromium has no week limit');

  // A save (here a duplicate for a family member) asks once; a second save does not ask again.
  await page.getByRole('button', { name: 'Duplikuj (Jan Nowak)' }).click();
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa' }).waitFor();
  await page.waitForFunction(() => window.__persistAsked === 1);
  await page.locator('#first_name').fill('Anna');
  await page.getByRole('link', { name: 'Moje dokumenty' }).first().click();
  await page.locator('li.document-card', { hasText: 'Anna Nowak' }).waitFor();
  assert.equal(await asked(page), 1);
  const answer = await persisted(page);
  await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('#keeping-state')?.textContent ?? ''),
    (answer ? kept : mayGo).source);
  await app.assertAccessible('documents with what the browser keeps');
  await app.close();
});

test('Safari on an iPhone is told its data may go after 7 days without a visit, with print and a file offered', async () => {
  const app = await documents({ userAgent: SAFARI_IPHONE });
  const { page } = app;
  const week = page.locator('#keeping-week');
  await week.waitFor();
  const text = await week.innerText();
  assert.match(text, /mogą zostać usunięte po 7 dniach bez wizyty/);
  assert.match(text, /Wydruk/);
  assert.match(text, /Zapisz wszystkie dokumenty do pliku/);
  await app.assertAccessible('documents in Safari on an iPhone');
  await app.close();
});

test('each declaration says when it was last saved to a file, after a reload too; deleting it leaves no record', async () => {
  const app = await documents();
  const { page } = app;
  const card = page.locator('li.document-card', { hasText: 'Jan Nowak' });
  assert.match(await card.innerText(), /Jeszcze nie zapisana do pliku\./);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Zapisz do pliku (Jan Nowak)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^deklaracja-nowak-2026-12-03\.json$/);
  await card.locator('.saved-to-file', { hasText: /Zapisana do pliku 3\s+grudnia\s+2026\./ }).waitFor();
  assert.equal(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), FILE_SAVES)).data, `${ID} 2026-12-03\n`);
  await page.reload();
  await app.ready();
  await card.locator('.saved-to-file', { hasText: /Zapisana do pliku 3\s+grudnia\s+2026\./ }).waitFor();

  await page.getByRole('button', { name: 'Usuń (Jan Nowak)' }).click();
  await page.locator('#confirm').getByRole('button', { name: 'Usuń' }).click();
  await page.locator('#documents-status', { hasText: 'Deklaracja usunięta' }).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), FILE_SAVES), null);
  await app.close();
});
