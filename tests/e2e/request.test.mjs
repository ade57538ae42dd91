// The request to bring to the centre ("wniosek o przyznanie pomocy"), as a resident of a gmina with no
// project at all (Białowieża, podlaskie) uses it: made from the results, pre-filled with the household
// and the benefits the act may give, checked field by field, printed on A4 with a QR code that decodes
// to the same data (SWW1, docs/DATA-FORMATS.md), kept in "Moje dokumenty", exported and imported; then
// in Ukrainian with the network gone after one visit; and on a shared device, where nothing is kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { App, DESK, PHONE, launch, normalise } from './harness.mjs';
import { benefitsWalk, decodeQr, pdfText, qrFields, stored } from './flows.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const DAY = new Date('2026-12-07T10:00:00+01:00');
const POLISH = {
  gmina: 'W jakiej gminie mieszkasz?', family: 'Kto jest w Twojej rodzinie?', incomes: 'Jakie są miesięczne dochody rodziny?',
  event: 'zdarzenie losowe', citizen: 'obywatelstwo polskie', answers: 'Sprawdź swoje odpowiedzi',
};
const UKRAINIAN = { gmina: 'ґміні', family: 'Хто є', incomes: 'доходи', event: 'випадкова подія', citizen: 'громадянство', answers: 'відповіді' };

/** Fills the person, the address and the reason; the birth date instead of a PESEL. */
async function fillRequest(page, { noPesel = 'Nie mam numeru PESEL' } = {}) {
  await page.locator('#first_name').fill('Anna');
  await page.locator('#surname').fill('Kowalska-Nowak');
  await page.getByLabel(noPesel).check();
  await page.locator('#birth_date').fill('1959-03-15');
  await page.locator('#street').fill('Olgerda');
  await page.locator('#house').fill('5');
  await page.locator('#postcode').fill('17-230');
  await page.locator('#town').fill('Białowieża');
  await page.locator('#reason').fill('Nie starcza mi na leki | i na opał.\nProszę o pomoc.');
}

test('from the results to a checked request, printed with a QR code that decodes, kept and reopened', async () => {
  const app = await App.open(env, { viewport: PHONE, clock: DAY });
  const { page } = app;
  await app.goto('/sprawdz/');
  await benefitsWalk(app, POLISH);
  await page.getByRole('button', { name: 'Przygotuj wniosek o pomoc' }).click();
  await page.locator('main h1', { hasText: 'Wniosek o przyznanie pomocy' }).waitFor();
  assert.match(page.url(), /\/sprawdz\/wniosek\/\?id=w\d{13}-[0-9a-z]{4}$/);
  const id = new URL(page.url()).searchParams.get('id');
  assert.match(await page.locator('.template-mark').innerText(), /^WZÓR/);
  // Białowieża is in no directory we have: the request says where to take it instead of a name.
  assert.match(await app.mainText(), /Nie mamy adresu ośrodka tej gminy/);
  // The household as answered, and the benefits the check found the act may give, ticked.
  const household = normalise(await page.locator('table.document-table').innerText()).replace(/\s+/g, ' ');
  assert.match(household, /Ty 67 900,00 zł/);
  assert.match(household, /Razem 900,00 zł/);
  const ticked = await page.locator('input[type="checkbox"]:checked + label').allInnerTexts();
  assert.deepEqual(ticked, ['Zasiłek stały (art. 37)', 'Zasiłek okresowy (art. 38)', 'Zasiłek celowy (art. 39–40)']);
  await app.assertAccessible('the request form');
  await app.assertNoHorizontalScroll('the request form');

  // Nothing filled: each missing field is named at its field, the first error takes focus.
  await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  const said = normalise(await summary.innerText());
  for (const words of ['imię', 'nazwisko', 'datę urodzenia', 'ulica', 'numer domu', 'kod pocztowy', 'miejscowość', 'dlaczego prosisz o pomoc']) {
    assert.ok(said.toLowerCase().includes(words), `the summary names "${words}": ${said}`);
  }
  assert.match(await page.title(), /^Błąd: /);
  // No benefit at all is named too; ticking one back clears it.
  for (const label of ticked) await page.getByLabel(label).uncheck();
  await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
  await page.locator('.error-summary', { hasText: 'Zaznacz co najmniej jedną pomoc.' }).waitFor();
  await page.getByLabel('Zasiłek stały (art. 37)').check();
  await page.getByLabel('Zasiłek celowy (art. 39–40)').check();
  await fillRequest(page);
  await app.assertAccessible('the request form filled');
  await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();

  // The print: in Polish, with the QR code of its data but not the reason.
  await page.locator('main h1', { hasText: 'Wniosek o przyznanie pomocy' }).waitFor();
  assert.match(page.url(), new RegExp(`/sprawdz/wydruk-wniosku/\\?id=${id}$`));
  assert.equal(await page.locator('.error-box').count(), 0, 'complete: nothing to add');
  const payload = await decodeQr(page);
  const fields = qrFields(payload);
  assert.deepEqual(fields, [
    'SWW1', '2026-12-07', 'Białowieża', '200502', '', 'Anna', 'Kowalska-Nowak', '', '1959-03-15', 'Olgerda', '5', '', '17-230',
    'Białowieża', '', 'zasilek-staly,zasilek-celowy', 'W:67:900.00',
  ]);
  assert.ok(!payload.includes('leki'), 'the reason is on the paper only');
  await app.assertAccessible('the request print');
  await page.emulateMedia({ media: 'print' });
  const { text, pages } = await pdfText(page);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(pages <= 2, `on at most two A4 pages (${pages})`);
  for (const words of ['Wniosek o przyznanie pomocy', 'WZÓR', 'Kowalska-Nowak', '15 marca 1959', 'Zasiłek stały (art. 37)', 'Nie starcza mi na leki | i na opał.', 'Proszę o pomoc.']) {
    assert.ok(normalise(text).includes(words), `the PDF says "${words}"`);
  }

  // Kept on the device: a reload opens it as it was, and "Moje dokumenty" lists it.
  const keys = Object.keys(await stored(page)).filter((k) => k.startsWith('sprawdz-wsparcie.wniosek.'));
  assert.deepEqual(keys, [`sprawdz-wsparcie.wniosek.${id}`]);
  await app.goto(`/sprawdz/wniosek/?id=${id}`);
  assert.equal(await page.locator('#surname').inputValue(), 'Kowalska-Nowak');
  assert.equal(await page.locator('#reason').inputValue(), 'Nie starcza mi na leki | i na opał.\nProszę o pomoc.');
  await app.goto('/sprawdz/dokumenty/');
  const card = page.locator('li.request-card', { hasText: 'Anna Kowalska-Nowak' });
  await card.waitFor();
  assert.match(normalise(await card.innerText()), /Wniosek: Zasiłek stały, Zasiłek celowy.*Gotowy do druku.*Wypełniony 7 grudnia 2026/s);
  await app.assertAccessible('Moje dokumenty with a request');

  // Exported and imported: the file holds it, and importing it back into an empty device restores it.
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /Zapisz do pliku/ }).click()]);
  const file = readFileSync(await download.path(), 'utf8');
  const exported = JSON.parse(file);
  assert.equal(exported.version, 2);
  assert.equal(exported.requests[0].id, id);
  await card.getByRole('button', { name: /Usuń/ }).click();
  await page.locator('#confirm', { hasText: 'Anna Kowalska-Nowak' }).waitFor();
  await page.locator('#confirm').getByRole('button', { name: 'Usuń' }).click();
  await page.locator('li.request-card').waitFor({ state: 'detached' });
  await page.locator('input[type="file"]').setInputFiles({ name: 'wniosek.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.locator('li.request-card', { hasText: 'Anna Kowalska-Nowak' }).waitFor();
  await app.goto(`/sprawdz/wydruk-wniosku/?id=${id}`);
  assert.equal(await decodeQr(page), payload, 'the imported request prints the same QR code');
  await app.close();
});

test('in Ukrainian with the network gone after one visit: the same request, the print in Polish', async () => {
  const app = await App.open(env, { viewport: DESK, clock: DAY, locale: 'uk-UA' });
  const { page, context } = app;
  // One visit online: the gmina's page and a check through its search, while the worker keeps the app.
  await app.goto('/uk/gmina/200502/');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await app.goto('/uk/sprawdz/');
  await benefitsWalk(app, UKRAINIAN);
  await page.getByRole('button', { name: 'Підготувати заяву про допомогу' }).click();
  await page.locator('main h1', { hasText: 'Заява про надання допомоги' }).waitFor();

  await context.setOffline(true);
  await page.reload();
  await app.ready();
  await page.locator('main h1', { hasText: 'Заява про надання допомоги' }).waitFor();
  assert.equal(await page.locator('label[for="benefits"]').getAttribute('lang'), 'pl', 'the act\'s names marked Polish');
  await fillRequest(page, { noPesel: 'У мене немає номера PESEL' });
  await app.assertAccessible('the request form in Ukrainian, offline');
  await page.locator('form button[type="submit"]').click();
  await page.locator('article.document').first().waitFor();
  // The centre reads Polish: the printed copy is Polish, the reader's own is on the screen only.
  assert.equal(await page.locator('article.document').first().getAttribute('lang'), 'pl');
  assert.match(await page.locator('article.document').first().innerText(), /Wniosek o przyznanie pomocy/);
  assert.match(await page.locator('section.translation').innerText(), /Заява про надання допомоги/);
  assert.equal(await page.locator('section.translation h2').count(), 1, 'under its own heading, the translation\'s are one level down');
  assert.match(await page.locator('section.translation').innerText(), /Особа, яка подає заяву/);
  assert.ok(qrFields(await decodeQr(page)).includes('Kowalska-Nowak'));
  await app.assertAccessible('the request print in Ukrainian, offline');
  await context.setOffline(false);
  await app.close();
});

test('on a shared device a request is made and printed, and nothing of it is written to the device', async () => {
  const app = await App.open(env, { viewport: PHONE, clock: DAY });
  const { page } = app;
  await app.goto('/sprawdz/');
  await page.evaluate(() => localStorage.setItem('sprawdz-wsparcie.urzadzenie', 'schema=2&mode=shared&idle_minutes=30'));
  await app.goto('/sprawdz/');
  await benefitsWalk(app, POLISH);
  await page.getByRole('button', { name: 'Przygotuj wniosek o pomoc' }).click();
  await page.locator('main h1', { hasText: 'Wniosek o przyznanie pomocy' }).waitFor();
  await fillRequest(page);
  await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
  await page.locator('.qr-code svg').waitFor();
  const keys = Object.keys(await stored(page));
  assert.deepEqual(keys.filter((k) => k !== 'sprawdz-wsparcie.urzadzenie'), [], 'only the device\'s own settings are stored');
  await app.goto('/sprawdz/dokumenty/');
  assert.equal(await page.getByRole('button', { name: /Zapisz do pliku/ }).count(), 0, 'no file saved on a shared device');
  await app.close();
});
