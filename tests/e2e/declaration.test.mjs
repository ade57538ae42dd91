// The declaration as a resident uses it: from the results to a filled form that survives a reload, a
// printed A4 page (print media screenshot, PDF text, QR decoded back to the data), "Moje dokumenty"
// with export, import, duplicate and delete, and "Usuń wszystkie moje dane". Nothing saved is lost by
// a damaged value or a bad import. axe runs on the form, the list and the print view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { App, DESK, launch, normalise } from './harness.mjs';
import { Checker, decodeQr, jastrzebieFlow, pdfText, qrFields, stored, storedDeclaration } from './flows.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const SCREENS = 'target/e2e-screens';
mkdirSync(SCREENS, { recursive: true });
const JASTRZEBIE = 'Jastrzębie-Zdrój – Miasto Rodziny';

async function fill(page, id, value) {
  await page.locator(`#${id}`).fill(value);
}

test('from the results to a saved, printed declaration whose QR code decodes to the same data', async () => {
  const app = await App.open(env);
  const { page } = app;
  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await checker.results();
  await checker.verdict(JASTRZEBIE).getByRole('button', { name: /Wypełnij deklarację/ }).click();
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa' }).waitFor();
  assert.match(page.url(), /\/sprawdz\/deklaracja\/\?id=d\d{13}-[0-9a-z]{4}$/);
  // What the answers told is filled in; nothing is asked twice.
  assert.equal(await page.locator('#gmina').inputValue(), 'Jastrzębie-Zdrój');
  assert.ok(await page.locator('#social_single_adult').isChecked(), 'one adult with a child and no partner: "Tak" pre-filled');
  assert.match(await page.locator('.template-mark').first().innerText(), /WZÓR/);
  await app.assertAccessible('declaration form');
  await app.assertNoHorizontalScroll();

  // Checking an empty form: a summary with every problem, focused, and "Błąd:" in the title.
  await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
  await page.locator('#error-summary').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  assert.match(await page.title(), /^Błąd: Deklaracja uczestnictwa/);
  const summary = await page.locator('#error-summary').innerText();
  assert.match(summary, /Wpisz: imię\./);
  assert.match(summary, /Wpisz PESEL albo zaznacz „Nie mam numeru PESEL”/);
  assert.match(summary, /Wpisz: kod pocztowy\./);
  await app.assertAccessible('declaration form with errors');

  // A wrong PESEL is named; the right one shows the birth date and sex read from it.
  await fill(page, 'pesel', '04231115628');
  await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
  assert.match(await page.locator('#pesel-error').innerText(), /Ostatnia cyfra PESEL się nie zgadza/);
  await fill(page, 'pesel', '04231115629');
  assert.equal(normalise(await page.locator('#pesel-reading').innerText()), 'Z numeru PESEL: urodzenie 11 marca 2004, płeć: kobieta.');
  await fill(page, 'first_name', 'Zofia');
  await fill(page, 'surname', 'Kowalska-Wiśniewska');
  await fill(page, 'street', 'ul. Długa | Boczna');
  await fill(page, 'house', '12A');
  await fill(page, 'flat', '3');
  await fill(page, 'postcode', '44-330');
  await fill(page, 'town', 'Jastrzębie-Zdrój');
  await fill(page, 'phone', '600 123 456');
  await page.getByLabel('Miejski').check();
  await page.getByLabel('Ponadgimnazjalne lub średnie (ISCED 3)').check();
  await page.getByLabel('Osoba bierna zawodowo (nie pracuje i nie szuka pracy)').check();
  await page.locator('#social_disability-1').check();
  const categories = page.locator('input[name="category"]');
  assert.equal(await categories.count(), 2, 'the two groups the check found met');
  await page.getByLabel(/Oświadczam, że należę do grupy, do której skierowany jest projekt: rodziny z dziećmi\./).check();

  // Reload: everything typed is still there.
  const formUrl = page.url();
  await page.reload();
  await app.ready();
  assert.equal(page.url(), formUrl);
  assert.equal(await page.locator('#first_name').inputValue(), 'Zofia');
  assert.equal(await page.locator('#pesel').inputValue(), '04231115629');
  assert.equal(await page.locator('#street').inputValue(), 'ul. Długa | Boczna');
  assert.ok(await page.locator('#social_disability-1').isChecked());
  assert.ok(await page.getByLabel(/rodziny z dziećmi\./).isChecked());

  await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa w projekcie' }).waitFor();
  assert.equal(await page.title(), 'Wydruk deklaracji – Sprawdź wsparcie');
  await app.assertAccessible('print view');
  const doc = normalise(await page.locator('article.document').innerText());
  for (const expected of ['Zofia', 'Kowalska-Wiśniewska', '04231115629', '11 marca 2004', 'Kobieta', JASTRZEBIE,
    'Ośrodek Pomocy Społecznej w Jastrzębiu-Zdroju', 'Deklaruję chęć udziału w projekcie', 'Oświadczam, że należę do grupy, do której skierowany jest projekt: rodziny z dziećmi.',
    'Informacja o przetwarzaniu danych osobowych', 'Czytelny podpis uczestnika', 'WZÓR']) {
    assert.ok(doc.includes(expected), `the printed declaration shows "${expected}"`);
  }

  // The QR code, read back by an independent decoder, carries the same data.
  const fields = qrFields(await decodeQr(page));
  assert.equal(fields[0], 'SW2');
  assert.equal(fields.length, 21);
  // The caption names the format the code is in, the one the codec wrote.
  const caption = normalise(await page.locator('article.document figcaption').innerText());
  assert.ok(caption.includes(`(format ${fields[0]})`), caption);
  const [, project, created, first, surname, pesel, birth, sex, street, house, flat, postcode, town, gmina, area, phone, , education, labour, social, category] = fields;
  assert.deepEqual(
    { project, first, surname, pesel, birth, sex, street, house, flat, postcode, town, gmina, area, phone, education, labour, social, category },
    { project: 'jastrzebie-zdroj-miasto-rodziny', first: 'Zofia', surname: 'Kowalska-Wiśniewska', pesel: '04231115629', birth: '2004-03-11',
      sex: 'K', street: 'ul. Długa | Boczna', house: '12A', flat: '3', postcode: '44-330', town: 'Jastrzębie-Zdrój', gmina: 'Jastrzębie-Zdrój',
      area: 'M', phone: '600 123 456', education: '3', labour: 'P', social: 'OONOOTO', category: 'grupa:families_with_children' });
  assert.match(created, /^\d{4}-\d{2}-\d{2}$/);

  // Printed: no app chrome, A4, the same from this phone-sized window.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.print-actions', '.skip-link']) {
    assert.equal(await page.locator(hidden).first().evaluate((e) => getComputedStyle(e).display), 'none', `${hidden} is not printed`);
  }
  await page.screenshot({ path: `${SCREENS}/print-phone.png`, fullPage: true });
  const { text, pages } = await pdfText(page);
  assert.ok(pages <= 3, `the declaration prints on ${pages} pages`);
  for (const expected of ['Zofia', 'Kowalska-Wiśniewska', JASTRZEBIE, 'Czytelny podpis uczestnika']) {
    assert.ok(normalise(text).includes(expected), `the PDF contains "${expected}"`);
  }
  await page.emulateMedia({ media: 'screen' });
  await app.close();
});

async function openWith(values, viewport = DESK) {
  const app = await App.open(env, { viewport });
  await app.goto('/');
  await app.page.evaluate((v) => { for (const [k, x] of Object.entries(v)) localStorage.setItem(k, x); }, values);
  await app.goto('/sprawdz/dokumenty');
  return app;
}

async function importFile(page, name, contents) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test('Moje dokumenty: export then import gives the same declaration; bad imports change nothing; replacing asks first', async () => {
  const KEY = 'sprawdz-wsparcie.deklaracja.d0000000000001-abcd';
  const original = JSON.stringify(storedDeclaration('d0000000000001-abcd', 'Jan'));
  const app = await openWith({ [KEY]: original });
  const { page } = app;
  await page.locator('li.document-card', { hasText: 'Jan Nowak' }).waitFor();
  assert.match(await page.locator('li.document-card').innerText(), /Gotowa do druku/);
  await app.assertAccessible('documents list');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Zapisz wszystkie dokumenty do pliku' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^deklaracje-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  const file = JSON.parse(exported);
  assert.equal(file.kind, 'sprawdz-wsparcie/deklaracje');
  assert.deepEqual(file.declarations, [JSON.parse(original).data]);

  // Damaged, cut off, foreign, too large: refused with a message, and storage is exactly as before.
  const before = await stored(page);
  const refusals = [
    ['cut.json', exported.slice(0, exported.length / 2), /uszkodzony albo niepełny \(błąd w wierszu \d+, kolumnie \d+\)/],
    ['foreign.json', '{"kind": "inna-aplikacja", "version": 1}', /To nie jest plik z deklaracjami z tej aplikacji/],
    ['empty.json', '', /Ten plik jest pusty/],
    ['big.json', 'x'.repeat(1_000_001), /najwyżej 1 MB/],
  ];
  for (const [name, contents, message] of refusals) {
    await importFile(page, name, contents);
    await page.locator('#documents-status .error-box', { hasText: message }).waitFor();
    assert.match(await page.locator('#documents-status').innerText(), /Niczego nie zmieniono\./);
    assert.deepEqual(await stored(page), before, `${name} changed nothing`);
  }

  // The same declaration again: the app asks before replacing; "Anuluj" keeps everything.
  await importFile(page, 'same.json', exported);
  await page.locator('#confirm', { hasText: 'W pliku są deklaracje, które już masz na tym urządzeniu: Jan Nowak' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'confirm');
  await app.assertAccessible('replace confirmation');
  await page.getByRole('button', { name: 'Anuluj' }).click();
  assert.deepEqual(await stored(page), before);

  // Deleted, then imported back: the very same declaration.
  await page.getByRole('button', { name: 'Usuń (Jan Nowak)' }).click();
  await page.locator('#confirm').getByRole('button', { name: 'Usuń' }).click();
  await page.locator('#documents-status', { hasText: 'Deklaracja usunięta' }).waitFor();
  assert.deepEqual(await stored(page), {});
  await importFile(page, 'back.json', exported);
  await page.locator('#documents-status', { hasText: 'Wczytano 1 deklarację.' }).waitFor();
  assert.deepEqual(JSON.parse((await stored(page))[KEY]), JSON.parse(original));

  // A changed copy in a file replaces the saved one only after "Zastąp".
  const changed = exported.replace('"first_name": "Jan"', '"first_name": "Janusz"');
  await importFile(page, 'changed.json', changed);
  await page.locator('#confirm').getByRole('button', { name: 'Zastąp' }).click();
  await page.locator('li.document-card', { hasText: 'Janusz Nowak' }).waitFor();
  assert.equal(JSON.parse((await stored(page))[KEY]).data.person.first_name, 'Janusz');
  await app.close();
});

test('duplicate for a family member, then "Usuń wszystkie moje dane" leaves no app key', async () => {
  const app = await openWith({
    'sprawdz-wsparcie.deklaracja.d0000000000001-abcd': JSON.stringify(storedDeclaration('d0000000000001-abcd', 'Jan')),
    'sprawdz-wsparcie.odpowiedzi.uszkodzone-1700000000000': '{"schema":1,"data":{"proj',
  });
  const { page } = app;
  await page.getByRole('button', { name: 'Duplikuj (Jan Nowak)' }).click();
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa' }).waitFor();
  await fill(page, 'first_name', 'Anna');
  await fill(page, 'pesel', '');
  await page.getByRole('link', { name: 'Moje dokumenty' }).first().click();
  await page.locator('li.document-card', { hasText: 'Anna Nowak' }).waitFor();
  assert.equal(await page.locator('li.document-card').count(), 2);
  assert.equal(Object.keys(await stored(page)).filter((k) => k.includes('.deklaracja.')).length, 2);
  assert.match(await page.locator('li.document-card', { hasText: 'Anna Nowak' }).innerText(), /Do uzupełnienia/);

  await page.getByRole('button', { name: 'Usuń wszystkie moje dane' }).click();
  await page.locator('#confirm').getByRole('button', { name: 'Usuń wszystkie moje dane' }).click();
  await page.locator('#documents-status', { hasText: 'Usunięto z tego urządzenia wszystkie dane tej aplikacji.' }).waitFor();
  assert.deepEqual(await stored(page), {}, 'no key of the app is left');
  await page.reload();
  await app.ready();
  assert.match(await page.locator('main').innerText(), /Nie masz jeszcze żadnej deklaracji/);
  assert.deepEqual(await stored(page), {});
  await app.close();
});

test('a declaration stored by the first release opens, prints, and its QR code decodes with the category by name', async () => {
  const KEY = 'sprawdz-wsparcie.deklaracja.d0000000000003-v1aa';
  // Exactly what the first release wrote (declaration schema 1): the EU category by its place, ue:9.
  const v1 = '{"schema":1,"data":{"schema":1,"id":"d0000000000003-v1aa","project_id":"jastrzebie-zdroj-miasto-rodziny","created":"2026-03-02","person":{"first_name":"Jan","surname":"Nowak","pesel":"","birth_date":"1970-05-06","sex":"male","street":"Długa","house":"1","flat":"","postcode":"44-330","town":"Jastrzębie-Zdrój","gmina":"Jastrzębie-Zdrój","area":"urban","phone":"","email":"","education":"isced2","labour":"inactive"},"category":"ue:9","social":{"minority_or_migrant":"refuse","homeless":"yes","disability":"refuse","jobless_household":"refuse","jobless_household_with_children":"refuse","single_adult_with_children":"refuse","other_disadvantage":"refuse"}}}';
  const app = await openWith({ [KEY]: v1 });
  const { page } = app;
  await page.locator('main h3', { hasText: 'Jan Nowak' }).waitFor();
  const now = JSON.parse((await stored(page))[KEY]);
  assert.equal(now.schema, 2, 'written back in the current schema');
  assert.equal(now.data.category, 'ue:homeless');
  await app.goto('/sprawdz/wydruk/?id=d0000000000003-v1aa');
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa w projekcie' }).waitFor();
  const doc = normalise(await page.locator('article.document').innerText());
  assert.ok(doc.includes('bezdomność lub wykluczenie z dostępu do mieszkania'), doc);
  const fields = qrFields(await decodeQr(page));
  assert.equal(fields[0], 'SW2');
  assert.equal(fields.length, 21);
  assert.equal(fields[20], 'ue:homeless');
  assert.equal(fields[3], 'Jan');
  await app.assertAccessible('print view of a first-release declaration');
  await app.close();
});

test('a stored declaration that cannot be read is moved aside, told, and can be saved to a file', async () => {
  const KEY = 'sprawdz-wsparcie.deklaracja.d0000000000002-zzzz';
  const damaged = '{"schema":1,"data":{"schema":1,"id":"d0000000000002-zzzz","person":{"first_na';
  const app = await openWith({ [KEY]: damaged });
  const { page } = app;
  await page.locator('.storage-banner', { hasText: 'Jednego z zapisów na tym urządzeniu nie udało się odczytać' }).waitFor();
  const keys = await stored(page);
  assert.equal(keys[KEY], undefined);
  const moved = Object.keys(keys).filter((k) => k.startsWith(`${KEY}.uszkodzone-`));
  assert.equal(moved.length, 1);
  assert.equal(keys[moved[0]], damaged, 'the damaged text is kept as it was');
  await app.assertAccessible('documents with a value moved aside');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#odlozone + p + ul').getByRole('button', { name: 'Pobierz' }).click(),
  ]);
  const text = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  assert.equal(text, damaged);
  await app.close();
});

test('with storage blocked the declaration still works for the visit, and says nothing will be kept', async () => {
  const app = await App.open(env);
  const { page } = app;
  await page.context().addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await checker.results();
  await checker.verdict(JASTRZEBIE).getByRole('button', { name: /Wypełnij deklarację/ }).click();
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa' }).waitFor();
  assert.match(await page.locator('.storage-banner').innerText(), /nic nie zostanie zachowane/);
  await fill(page, 'first_name', 'Zofia');
  await page.getByRole('link', { name: 'Moje dokumenty' }).first().click();
  await page.locator('li.document-card', { hasText: 'Zofia' }).waitFor();
  await app.close();
});
