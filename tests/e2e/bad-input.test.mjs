// Bad input in the browser, in the format of tests/bad_input.rs: each row is what is wrong, the input,
// where the message is shown and words it must hold. Here the questionnaire's fields, the declaration's
// and the request's fields, values damaged in the device's storage and addresses no page has. For every row the device's
// storage is read before and after: nothing already saved changed (a damaged value is moved aside
// whole, never dropped). The README's table counts these rows, and this file checks that count.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { App, DESK, launch, normalise } from './harness.mjs';
import { Checker, declarationData as declaration, stored } from './flows.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const PREFIX = 'sprawdz-wsparcie.';
const OTHER_KEY = `${PREFIX}deklaracja.d0000000000009-keep`;

/** A declaration saved earlier, which no row may change. */
const OTHER = JSON.stringify({ schema: 2, data: declaration('d0000000000009-keep', 'Anna') });

const long = (n) => 'ą'.repeat(n);

// The questionnaire, page by page of one check (a project whose rules ask about the gmina, the
// revitalisation area, the family and its incomes): `at` is where the message is.
const GMINA = [
  { what: 'no gmina', input: '', at: '#gmina-error', says: 'Wpisz nazwę gminy albo zaznacz „Nie wiem”.' },
  { what: 'spaces only', input: '   ', at: '#gmina-error', says: 'Wpisz nazwę gminy albo zaznacz „Nie wiem”.' },
  { what: 'a name two gminas share', input: 'Konopnica', at: '#gmina-error', says: 'Wybierz swoją gminę z listy pod polem' },
  { what: 'a name no gmina has', input: 'Nibylandia', at: '#gmina-error', says: 'Wybierz swoją gminę z listy pod polem' },
  { what: 'markup as a name', input: '<img src=x onerror=alert(1)>', at: '#gmina-error', says: 'Wybierz swoją gminę z listy pod polem' },
  { what: '2,000 characters', input: long(2000), at: '#gmina-error', says: 'Wybierz swoją gminę z listy pod polem' },
];
const REVITALISATION = [
  { what: 'no answer chosen', input: null, at: '#answer-error', says: 'Wybierz jedną odpowiedź.' },
];
// The district (Warszawa's) and the act's benefits' own questions, each a choice: one left unchosen.
const BENEFIT_QUESTIONS = [
  { what: 'no district chosen', page: 'dzielnica', heading: 'W której dzielnicy mieszkasz?', input: null, at: '#answer-error', says: 'Wybierz jedną odpowiedź.' },
  { what: 'no sex chosen', page: 'plec', heading: 'Podaj swoją płeć', input: null, at: '#answer-error', says: 'Wybierz jedną odpowiedź.' },
  { what: 'no answer on a random event', page: 'zdarzenie-losowe', heading: 'zdarzenie losowe', input: null, at: '#answer-error', says: 'Wybierz jedną odpowiedź.' },
  { what: 'no answer on citizenship', page: 'obywatelstwo', heading: 'obywatelstwo polskie', input: null, at: '#answer-error', says: 'Wybierz jedną odpowiedź.' },
];
const AGE = 'Wpisz wiek w latach, liczbą od 0 do 130, albo zostaw puste.';
const FAMILY = [
  { what: 'an age in words', input: 'trzydzieści', at: '#age-0-error', says: AGE },
  { what: 'an age over 130', input: '131', at: '#age-0-error', says: AGE },
  { what: 'a negative age', input: '-3', at: '#age-0-error', says: AGE },
  { what: 'an age with a fraction', input: '34,5', at: '#age-0-error', says: AGE },
  { what: 'an age of 40 digits', input: '9'.repeat(40), at: '#age-0-error', says: AGE },
];
const INCOMES = [
  { what: 'no amount', input: '', at: '#income-0-0-error', says: 'Wpisz kwotę albo usuń ten dochód.' },
  { what: 'an amount in words', input: 'dużo', at: '#income-0-0-error', says: 'Wpisz kwotę cyframi, np. 1 234,56.' },
  { what: 'three decimals', input: '12,345', at: '#income-0-0-error', says: 'najwyżej 2 miejsca po przecinku' },
  { what: 'a negative amount', input: '-5', at: '#income-0-0-error', says: 'Kwota nie może być ujemna.' },
  { what: 'over a million a month', input: '2000000', at: '#income-0-0-error', says: 'Kwota jest większa niż 1 000 000 zł miesięcznie.' },
  { what: 'a formula', input: '=1+1', at: '#income-0-0-error', says: 'Wpisz kwotę cyframi' },
];

// The declaration's fields: each row spoils one field of a correct declaration.
const DECLARATION = [
  { what: 'no first name', field: 'first_name', input: '', at: '#first_name-error', says: 'Wpisz: imię.' },
  { what: 'a surname of spaces', field: 'surname', input: '   ', at: '#surname-error', says: 'Wpisz: nazwisko.' },
  { what: 'a PESEL of 4 digits', field: 'pesel', input: '1234', at: '#pesel-error', says: 'PESEL ma 11 cyfr.' },
  { what: 'a PESEL with a letter', field: 'pesel', input: '4405140145a', at: '#pesel-error', says: 'PESEL ma 11 cyfr.' },
  { what: 'a PESEL of month 13', field: 'pesel', input: '04131115620', at: '#pesel-error', says: 'nie zawiera prawdziwej daty urodzenia' },
  { what: 'a PESEL whose last digit is wrong', field: 'pesel', input: '44051401459', at: '#pesel-error', says: 'Ostatnia cyfra PESEL się nie zgadza.' },
  { what: 'no street', field: 'street', input: '', at: '#street-error', says: 'Wpisz:' },
  { what: 'no house number', field: 'house', input: '', at: '#house-error', says: 'Wpisz:' },
  { what: 'no postcode', field: 'postcode', input: '', at: '#postcode-error', says: 'Wpisz: kod pocztowy.' },
  { what: 'a postcode without its dash', field: 'postcode', input: '42100', at: '#postcode-error', says: 'jako dwie cyfry, kreska, trzy cyfry' },
  { what: 'a postcode in letters', field: 'postcode', input: 'ab-cde', at: '#postcode-error', says: 'jako dwie cyfry, kreska, trzy cyfry' },
  { what: 'no town', field: 'town', input: '', at: '#town-error', says: 'Wpisz:' },
  { what: 'no gmina', field: 'gmina', input: '', at: '#gmina-error', says: 'Wpisz:' },
  { what: 'a phone of 4 digits', field: 'phone', input: '12 34', at: '#phone-error', says: 'Numer telefonu ma 9 cyfr' },
  { what: 'a phone in words', field: 'phone', input: 'sześćset', at: '#phone-error', says: 'Numer telefonu ma 9 cyfr' },
  { what: 'an e-mail without @', field: 'email', input: 'jan(at)example.pl', at: '#email-error', says: 'Adres e-mail wygląda na niepełny' },
];

// A request's fields: each row spoils one field of a correct request (its reason and benefits too).
const REQUEST = [
  { what: 'a request without a first name', field: 'first_name', input: '', at: '#first_name-error', says: 'Wpisz: imię.' },
  { what: 'a request with a PESEL of 4 digits', field: 'pesel', input: '1234', at: '#pesel-error', says: 'PESEL ma 11 cyfr.' },
  { what: 'a request whose PESEL\'s last digit is wrong', field: 'pesel', input: '44051401459', at: '#pesel-error', says: 'Ostatnia cyfra PESEL się nie zgadza.' },
  { what: 'a request without a street', field: 'street', input: '', at: '#street-error', says: 'Wpisz: ulica.' },
  { what: 'a request\'s postcode without its dash', field: 'postcode', input: '17230', at: '#postcode-error', says: 'jako dwie cyfry, kreska, trzy cyfry' },
  { what: 'a request\'s phone in words', field: 'phone', input: 'sześćset', at: '#phone-error', says: 'Numer telefonu ma 9 cyfr' },
  { what: 'a request without a reason', field: 'reason', input: '  ', at: '#reason-error', says: 'Wpisz: dlaczego prosisz o pomoc.' },
  { what: 'a reason of 3,001 characters', field: 'reason', input: long(3001), at: '#reason-error', says: 'Skróć ten tekst do 3000 znaków (ma 3001).' },
];

/** A request saved on the device, correct in every field. */
const requestData = (id, firstName) => ({
  schema: 1, id, created: '2026-12-07', gmina: 'Białowieża', gmina_code: '200502', centre: '',
  person: { first_name: firstName, surname: 'Nowak', pesel: '44051401458', birth_date: null, street: 'Olgerda', house: '5',
    flat: '', postcode: '17-230', town: 'Białowieża', phone: '' },
  members: [{ role: 'applicant', age: 82, income: '900.00' }], benefits: ['zasilek-staly'], reason: 'Nie starcza mi na leki.',
});

// Values damaged in storage: read where the app reads them, told, and moved aside whole.
const MOVED = 'Jednego z zapisów na tym urządzeniu nie udało się odczytać. Niczego nie usunęliśmy: odłożyliśmy go osobno.';
const ANSWERS_KEY = `${PREFIX}odpowiedzi`;
const DECLARATION_KEY = `${PREFIX}deklaracja.d0000000000001-abcd`;
const DRAFT_KEY = `${PREFIX}szkic.s1`;
const FILE_SAVES_KEY = `${PREFIX}zapisane-do-pliku`;
const REQUEST_KEY = `${PREFIX}wniosek.w0000000000001-abcd`;
const STORED = [
  { what: 'answers cut off', key: ANSWERS_KEY, input: '{"schema":4,"data":{"saved_on":"2026-1', page: '/sprawdz/', at: '.storage-banner', says: MOVED },
  { what: 'answers of a newer schema', key: ANSWERS_KEY, input: '{"schema":99,"data":{}}', page: '/sprawdz/', at: '.storage-banner', says: MOVED },
  { what: 'answers of the wrong shape', key: ANSWERS_KEY, input: '{"schema":4,"data":[1,2,3]}', page: '/sprawdz/', at: '.storage-banner', says: MOVED },
  { what: 'answers not in an envelope', key: ANSWERS_KEY, input: '[4,{"state":{}}]', page: '/sprawdz/', at: '.storage-banner', says: MOVED },
  { what: 'answers of schema 0', key: ANSWERS_KEY, input: '{"schema":0,"data":{}}', page: '/sprawdz/', at: '.storage-banner', says: MOVED },
  { what: 'a declaration cut off', key: DECLARATION_KEY, input: '{"schema":2,"data":{"schema":2,"id":"d0000000000001-abcd","person":{"first_na', page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'a declaration of a newer schema', key: DECLARATION_KEY, input: JSON.stringify({ schema: 9, data: declaration('d0000000000001-abcd', 'Jan') }), page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'a declaration whose person is a text', key: DECLARATION_KEY, input: JSON.stringify({ schema: 2, data: { ...declaration('d0000000000001-abcd', 'Jan'), person: 'Jan Nowak' } }), page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'a declaration that is not JSON', key: DECLARATION_KEY, input: 'Jan Nowak, Kłobuck', page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'a request cut off', key: REQUEST_KEY, input: '{"schema":1,"data":{"schema":1,"id":"w0000000000001-abcd","gmi', page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'a request of a newer schema', key: REQUEST_KEY, input: JSON.stringify({ schema: 7, data: requestData('w0000000000001-abcd', 'Jan') }), page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'a request asking for a benefit no act names', key: REQUEST_KEY, input: JSON.stringify({ schema: 1, data: { ...requestData('w0000000000001-abcd', 'Jan'), benefits: ['zasilek-na-wszystko'] } }), page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'a record of files saved whose line is not an id and a day', key: FILE_SAVES_KEY, input: '{"schema":1,"data":"d0000000000001-abcd wczoraj\\n"}', page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'a record of files saved of a newer schema', key: FILE_SAVES_KEY, input: '{"schema":3,"data":""}', page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'device settings that are not JSON', key: `${PREFIX}urzadzenie`, input: 'tryb: licznik', page: '/sprawdz/dokumenty/', at: '.storage-banner', says: MOVED },
  { what: 'an editor draft cut off', key: DRAFT_KEY, input: '{"schema":1,"data":{"file":{"schema":2,"cen', page: '/dla-osrodkow/osrodek/?szkic=s1', at: 'main', says: 'Tego szkicu nie da się odczytać. Został odłożony bez zmian pod kluczem' },
  { what: 'an editor draft of a newer schema', key: DRAFT_KEY, input: '{"schema":50,"data":{}}', page: '/dla-osrodkow/osrodek/?szkic=s1', at: 'main', says: 'Tego szkicu nie da się odczytać.' },
];

// Addresses: each says what is missing, under a title of its own; nothing saved is touched.
const NOT_HERE = 'Pod tym adresem nic nie ma. Może link jest niepełny?';
const URLS = [
  { what: 'an unknown project', input: '/projekt/nie-ma-takiego/', at: 'main', says: 'Nie ma takiego projektu w katalogu.' },
  { what: 'an overlong project id', input: `/projekt/${'a'.repeat(3000)}/`, at: 'main', says: 'Nie ma takiego projektu w katalogu.' },
  { what: 'an unknown centre', input: '/osrodek/nie-ma/', at: 'main', says: 'Nie ma takiego ośrodka w katalogu.' },
  { what: 'a gmina code no gmina has', input: '/gmina/999999/', at: 'main', says: 'Nie ma gminy o takim kodzie TERYT.' },
  { what: 'a gmina code with a letter', input: '/gmina/12a/', at: 'main', says: NOT_HERE },
  { what: 'a powiat code no powiat has', input: '/powiat/9999/', at: 'main', says: 'Nie ma powiatu ani województwa o takim kodzie TERYT.' },
  { what: 'an unknown question', input: '/sprawdz/pytanie/nie-ma/', at: 'main', says: NOT_HERE },
  { what: 'a declaration not on this device', input: '/sprawdz/deklaracja/?id=d0000000000005-none', at: 'main', says: 'Na tym urządzeniu nie ma takiej deklaracji.' },
  { what: 'a declaration id that does not decode', input: '/sprawdz/deklaracja/?id=%zz', at: 'main', says: NOT_HERE },
  { what: 'a print of no declaration', input: '/sprawdz/wydruk/?id=x', at: 'main', says: 'Na tym urządzeniu nie ma takiej deklaracji.' },
  { what: 'a request not on this device', input: '/sprawdz/wniosek/?id=w0000000000005-none', at: 'main', says: 'Na tym urządzeniu nie ma takiego wniosku.' },
  { what: 'a print of no request', input: '/sprawdz/wydruk-wniosku/?id=x', at: 'main', says: 'Na tym urządzeniu nie ma takiego wniosku.' },
  { what: 'an editor draft not on this device', input: '/dla-osrodkow/projekt/?szkic=nie-ma&p=1', at: 'main', says: 'Na tym urządzeniu nie ma szkicu pod tym adresem.' },
  { what: 'list filters that do not decode', input: '/projekty/?q=%E0%A4%A&miejsce=%zz', at: 'main .results', says: 'Części adresu strony nie udało się odczytać (Szukaj, Ośrodek lub gmina)' },
  { what: 'list filters that name nothing', input: '/projekty/?dla=nikt&status=nie-ma', at: 'main .results', says: 'Części adresu strony nie udało się odczytać (Dla kogo, Status)' },
  { what: 'a search of 3,000 letters', input: `/projekty/?q=${'x'.repeat(3000)}`, at: 'main .results', says: 'Znaleziono 0 projektów' },
];

/** The element `at` holds `says` (spaces normalised). */
async function says(page, row) {
  await page.locator(row.at, { hasText: row.says }).first().waitFor({ timeout: 10_000 })
    .catch(async () => assert.fail(`${row.what}: expected "${row.says}" in ${row.at}, found "${normalise(await page.locator(row.at).first().innerText().catch(() => ''))}"`));
}

/** Runs rows on the page open now: fill, press, the message where it belongs, storage as it was. */
async function fieldRows(app, rows, fill, press = 'Dalej') {
  const { page } = app;
  for (const row of rows) {
    const before = await stored(page);
    await fill(row);
    await page.getByRole('button', { name: press }).click();
    await says(page, row);
    assert.match(await page.title(), /^Błąd: /, `${row.what}: "Błąd:" in the title`);
    assert.deepEqual(await stored(page), before, `${row.what}: nothing saved changed`);
  }
}

test('questionnaire fields: each bad answer is named at its field and saves nothing', async () => {
  const app = await App.open(env);
  const { page } = app;
  await app.goto('/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [OTHER_KEY, OTHER]);
  const checker = new Checker(app);
  await checker.startFromProject('/projekt/aktywna-integracja-alternatywa-na-lepsze-jutro', '2017-03-01');
  await page.locator('main h1', { hasText: 'W jakiej gminie mieszkasz?' }).waitFor();
  await fieldRows(app, GMINA, (row) => page.locator('#gmina').fill(row.input));
  await app.assertAccessible('gmina with an error');
  await page.locator('#gmina').fill('Szprotawa');
  await page.locator('#place-results .result-count', { hasText: 'Znaleziono: 1 gmina' }).waitFor();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.locator('main h1', { hasText: 'Czy mieszkasz na obszarze rewitalizacji?' }).waitFor();
  await fieldRows(app, REVITALISATION, async () => {});
  await checker.choose('Tak');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.locator('main h1', { hasText: 'Kto jest w Twojej rodzinie?' }).waitFor();
  await fieldRows(app, FAMILY, (row) => page.locator('#age-0').fill(row.input));
  await page.locator('#age-0').fill('45');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.locator('main h1', { hasText: 'Jakie są miesięczne dochody rodziny?' }).waitFor();
  await page.getByRole('button', { name: 'Dodaj dochód' }).click();
  await fieldRows(app, INCOMES, (row) => page.locator('#income-0-0').fill(row.input));
  await app.assertAccessible('incomes with an error');
  for (const row of BENEFIT_QUESTIONS) {
    await app.goto(`/sprawdz/pytanie/${row.page}/`);
    await page.locator('main h1', { hasText: row.heading }).waitFor();
    await fieldRows(app, [row], async () => {});
  }
  await app.assertAccessible('a benefit question with an error');
  assert.equal((await stored(page))[OTHER_KEY], OTHER);
  await app.close();
});

test('declaration fields: each bad value is named at its field; no other saved value changes', async () => {
  const id = 'd0000000000001-abcd';
  const app = await App.open(env, { viewport: DESK });
  const { page } = app;
  await app.goto('/');
  await page.evaluate((v) => { for (const [k, x] of Object.entries(v)) localStorage.setItem(k, x); },
    { [OTHER_KEY]: OTHER, [DECLARATION_KEY]: JSON.stringify({ schema: 2, data: declaration(id, 'Jan') }) });
  await app.goto(`/sprawdz/deklaracja/?id=${id}`);
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa' }).waitFor();
  const good = declaration(id, 'Jan').person;
  for (const row of DECLARATION) {
    const others = await stored(page);
    delete others[DECLARATION_KEY];
    await page.locator(`#${row.field}`).fill(row.input);
    await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
    await says(page, row);
    const after = await stored(page);
    // The declaration being typed keeps what was typed, as a draft does; nothing else changes.
    assert.equal(JSON.parse(after[DECLARATION_KEY]).data.person[row.field], row.input, `${row.what}: the draft keeps the typing`);
    delete after[DECLARATION_KEY];
    assert.deepEqual(after, others, `${row.what}: nothing else saved changed`);
    await page.locator(`#${row.field}`).fill(good[row.field]);
  }
  await app.assertAccessible('declaration with an error');
  await app.close();
});

test('request fields: each bad value is named at its field; no other saved value changes', async () => {
  const id = 'w0000000000002-abcd';
  const key = `${PREFIX}wniosek.${id}`;
  const app = await App.open(env, { viewport: DESK });
  const { page } = app;
  await app.goto('/');
  await page.evaluate((v) => { for (const [k, x] of Object.entries(v)) localStorage.setItem(k, x); },
    { [OTHER_KEY]: OTHER, [key]: JSON.stringify({ schema: 1, data: requestData(id, 'Jan') }) });
  await app.goto(`/sprawdz/wniosek/?id=${id}`);
  await page.locator('main h1', { hasText: 'Wniosek o przyznanie pomocy' }).waitFor();
  const good = requestData(id, 'Jan');
  const value = (data, field) => (field === 'reason' ? data.reason : data.person[field]);
  for (const row of REQUEST) {
    const others = await stored(page);
    delete others[key];
    await page.locator(`#${row.field}`).fill(row.input);
    await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
    await says(page, row);
    assert.match(await page.title(), /^Błąd: /, `${row.what}: "Błąd:" in the title`);
    const after = await stored(page);
    assert.equal(value(JSON.parse(after[key]).data, row.field), row.input, `${row.what}: the request keeps the typing`);
    delete after[key];
    assert.deepEqual(after, others, `${row.what}: nothing else saved changed`);
    await page.locator(`#${row.field}`).fill(value(good, row.field));
  }
  // No benefit ticked is named at the benefits.
  await page.getByLabel('Zasiłek stały (art. 37)').uncheck();
  await page.getByRole('button', { name: 'Sprawdź i pokaż wydruk' }).click();
  await says(page, { what: 'a request without a benefit', at: '#benefits-error', says: 'Zaznacz co najmniej jedną pomoc.' });
  await app.assertAccessible('a request with an error');
  await app.close();
});

test('stored values: damaged, newer or of the wrong shape, each is told and moved aside whole', async () => {
  for (const row of STORED) {
    const app = await App.open(env, { viewport: DESK });
    const { page } = app;
    await app.goto('/');
    await page.evaluate((v) => { for (const [k, x] of Object.entries(v)) localStorage.setItem(k, x); }, { [OTHER_KEY]: OTHER, [row.key]: row.input });
    await page.goto(env.url + row.page);
    await says(page, row);
    const after = await stored(page);
    const moved = Object.keys(after).filter((k) => k.startsWith(`${row.key}.uszkodzone-`));
    assert.equal(moved.length, 1, `${row.what}: moved aside once`);
    assert.equal(after[moved[0]], row.input, `${row.what}: the text is kept as it was`);
    assert.notEqual(after[row.key], row.input, `${row.what}: not read again as if it were good`);
    assert.equal(after[OTHER_KEY], OTHER, `${row.what}: the other declaration is as it was`);
    await app.close();
  }
});

test('addresses: each says what is missing, with a title, and touches nothing saved', async () => {
  const app = await App.open(env);
  const { page } = app;
  await app.goto('/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [OTHER_KEY, OTHER]);
  for (const row of URLS) {
    const before = await stored(page);
    await page.goto(env.url + row.input);
    await app.ready();
    await says(page, row);
    const title = await page.title();
    assert.match(title, / – Sprawdź wsparcie$/, `${row.what}: a title`);
    assert.notEqual(title, 'Sprawdź, czy możesz wziąć udział – Sprawdź wsparcie', `${row.what}: a title of its own`);
    await app.assertNoHorizontalScroll(row.what);
    assert.deepEqual(await stored(page), before, `${row.what}: nothing saved changed`);
  }
  await app.assertAccessible('a filter that could not be read');
  await app.close();
});

test("the README's table counts these rows", () => {
  const readme = readFileSync('README.md', 'utf8');
  const count = (area) => Number(readme.split('\n').find((l) => l.startsWith(`| ${area} |`))?.split('|')[2]);
  assert.equal(count('Questionnaire fields'),
    GMINA.length + REVITALISATION.length + FAMILY.length + INCOMES.length + BENEFIT_QUESTIONS.length);
  assert.equal(count('Declaration fields'), DECLARATION.length);
  assert.equal(count('Request fields'), REQUEST.length + 1);
  assert.equal(count('Stored values'), STORED.length);
  assert.equal(count('Addresses'), URLS.length);
});
