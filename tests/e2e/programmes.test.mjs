// What a resident can use in 2026: the programmes centres run, told apart by kind, with honest
// recruitment dates. A resident of Dobra (powiat limanowski) with a 10-year-old child whose certificate
// has indications 7 and 8 is told the assistant programme of GOPS Dobra fits, that its recruitment
// closed on 31 August 2025, and the centre's phone and hours. The app's clock is 28 November 2026.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, DESK, launch, normalise } from './harness.mjs';
import { Checker } from './flows.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const CLOCK = new Date('2026-11-28T10:00:00+01:00');
const DOBRA_AOON = 'Asystent osobisty osoby z niepełnosprawnością – edycja 2026';
const CLOSED = 'Nabór zakończony 31 sierpnia 2025; program trwa do 31 grudnia 2026.';

test('a gmina page leads with what runs now, by kind, and names the national programmes to ask about', async () => {
  for (const viewport of [undefined, DESK]) {
    const app = await App.open(env, { clock: CLOCK, viewport });
    const { page } = app;
    await app.goto('/gmina/120703');
    assert.equal(await page.locator('main h1').innerText(), 'Gmina Dobra');
    await page.locator('#gmina-now').waitFor();
    const now = page.locator('ul[aria-labelledby="gmina-now"] li.card', { hasText: DOBRA_AOON });
    const card = normalise(await now.innerText());
    assert.match(card, new RegExp(CLOSED.replace(/[.;]/g, '\\$&')));
    assert.match(card, /Rodzaj\s+Program \(edycja\)/);
    assert.match(card, /Finansowanie\s+Środki krajowe: Fundusz Solidarnościowy/);
    assert.doesNotMatch(card, /Unii Europejskiej/, 'a national programme is never labelled EU');
    // The national programmes no edition here is known of: ask the centre, never "it runs here".
    const national = page.locator('ul[aria-labelledby="gmina-national"] li.card');
    const names = await national.locator('.programme-title').allInnerTexts();
    assert.ok(names.some((n) => n.includes('Opieka wytchnieniowa')), names.join(' | '));
    assert.ok(!names.some((n) => n.includes('Asystent osobisty')), 'Dobra runs its own edition');
    assert.match(normalise(await national.first().innerText()), /Nie wiemy, czy ośrodek pomocy społecznej w gminie Dobra prowadzi ten program/);
    // The filter by kind: benefits only.
    await page.locator('#filter-kind').selectOption('benefit');
    await page.waitForFunction(() => !document.querySelector('ul[aria-labelledby="gmina-now"]'));
    assert.deepEqual(
      (await page.locator('ul[aria-labelledby="gmina-national"] li.card .programme-title').allInnerTexts()).map((t) => t.slice(0, 40)),
      ['Wieloletni rządowy program „Posiłek w sz'],
    );
    await app.assertAccessible(`gmina Dobra, ${viewport ? 'desk' : 'phone'}`);
    await app.assertNoHorizontalScroll();
    await app.close();
  }
});

test('the first page shows the programmes running now across the country', async () => {
  const app = await App.open(env, { clock: CLOCK });
  await app.goto('/');
  const section = app.page.locator('section[aria-labelledby="home-now"]');
  await section.waitFor();
  const names = await section.locator('li.card .programme-title').allInnerTexts();
  // FEPŻ Podprogram 2025 ended in September 2026; the other three run.
  assert.equal(names.length, 3, names.join(' | '));
  const words = normalise(await section.innerText()).replace(/\s+/g, ' ');
  assert.match(words, /Zapytaj w ośrodku pomocy społecznej swojej gminy, czy prowadzi ten program\./);
  // Each card says when its edition runs and where the dates come from.
  assert.match(words, /Okres realizacji od 1 stycznia 2026 do 31 grudnia 2026 Skąd daty Strona Gminnego Ośrodka Pomocy Społecznej w Dobrej \(gops\.gminadobra\.pl/);
  assert.match(words, /Okres realizacji od 2024 do końca 2028 Skąd daty Strona Miejskiego Ośrodka Pomocy Społecznej w Wadowicach/);
  assert.match(words, /Okres realizacji w 2026 roku Skąd daty Strona Miejskiego Ośrodka Pomocy Społecznej w Białej Podlaskiej/);
  await section.getByRole('link', { name: 'Ośrodki z naszego katalogu, które go prowadzą' }).first().click();
  await app.page.locator('main h1', { hasText: 'Wszystkie projekty' }).waitFor();
  await app.ready();
  const titles = await app.cardTitles();
  assert.ok(titles.length >= 6 && titles.every((t) => t === DOBRA_AOON), titles.join(' | '));
  await app.assertAccessible('home with programmes running now');
  await app.close();
});

test("a project page says its kind, who pays, where its dates come from and what our copy lacks", async () => {
  const app = await App.open(env, { clock: CLOCK });
  const { page } = app;
  await app.goto('/projekt/asystent-osobisty-2026-katowice');
  const text = normalise(await app.mainText());
  assert.match(text, /Ośrodek ogłosił nabór, ale strona nie podaje, do kiedy przyjmuje zgłoszenia/);
  assert.match(text, /Strona ośrodka nie podaje dat: to daty programu według źródła: Strona Gminnego Ośrodka Pomocy Społecznej w Dobrej \(gops\.gminadobra\.pl\//);
  assert.match(text, /Środki krajowe: Fundusz Solidarnościowy/);
  assert.match(text, /Mamy tylko początek tego ogłoszenia/);
  assert.match(text, /Strona Miejskiego Ośrodka Pomocy Społecznej w Katowicach mops\.katowice\.pl\/node\/4393, odczytano 28 listopada 2026/);
  assert.doesNotMatch(text, /\.txt/);
  await app.assertAccessible('project page of an edition');
  // An EU project says so, with its fund.
  await app.goto('/projekt/malopolskie-centra-uslug-spolecznych');
  assert.match(normalise(await app.mainText()), /Środki Unii Europejskiej \(Europejski Fundusz Społeczny Plus\)/);
  await app.close();
});

test('Dobra: a child of 10 with indications 7 and 8 fits the assistant programme, recruitment closed, with the centre\'s phone and hours', async () => {
  const app = await App.open(env, { clock: CLOCK });
  const checker = new Checker(app);
  const { page } = app;
  await checker.startFromProject('/projekt/asystent-osobisty-2026-dobra');
  await checker.answer('W jakiej gminie mieszkasz?', async (p) => {
    await p.locator('#gmina').fill('Dobra');
    const row = p.locator('#place-results .place-list li', { hasText: 'powiat limanowski' });
    await row.locator('button').click();
    await p.locator('#gmina-chosen', { hasText: 'Dobra' }).waitFor();
  });
  await checker.answer('Kto jest w Twojej rodzinie?', async (p) => {
    await p.locator('#age-0').fill('38');
    await p.getByRole('button', { name: 'Dodaj osobę' }).click();
    await p.locator('#age-1').fill('10');
  });
  // No choice made: named at the field and in the summary.
  await page.locator('main h1', { hasText: 'Czy ktoś w Twoim gospodarstwie domowym ma orzeczenie o niepełnosprawności?' }).waitFor();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.locator('.error-summary').waitFor();
  assert.match(await page.title(), /^Błąd: /);
  assert.equal(await page.locator('#certificate-1').getAttribute('aria-invalid'), 'true');
  await app.assertAccessible('certificates with errors');
  await page.locator('#certificate-0').selectOption('none');
  await page.locator('#certificate-1').selectOption('child_with_7_8');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await checker.results();
  const card = checker.verdict(DOBRA_AOON);
  assert.match(await card.locator('.verdict-headline').innerText(), /Prawdopodobnie możesz wziąć udział/);
  const text = normalise(await card.innerText());
  assert.ok(text.includes(CLOSED), text);
  assert.match(text, /Osoba 2 \(dziecko, 10 lat\): orzeczenie o niepełnosprawności dziecka ze wskazaniami w pkt 7 i 8\. Program jest dla osób, które mają orzeczenie o niepełnosprawności dziecka ze wskazaniami w pkt 7 i 8 \(w wieku od 2 do 15 lat\)\./);
  assert.match(text, /Mieszkasz w gminie Dobra/);
  const contact = card.locator('.verdict-contact');
  assert.equal(await contact.getByRole('link', { name: '18 33 30 060' }).getAttribute('href'), 'tel:+48183330060');
  assert.match(normalise(await contact.innerText()), /poniedziałek\s+8:00–16:00/i);
  assert.match(normalise(await contact.innerText()), /piątek\s+7:15–15:15/i);
  await app.close();
});

test('a fitting result names the centre\'s contacts from where the project page takes them: the directory, when the centre file has none', async () => {
  const app = await App.open(env, { clock: CLOCK, viewport: DESK });
  const { page } = app;
  await app.goto('/');
  // An adult of Katowice with a certificate of a severe degree, answers kept on the device.
  const answers = {
    schema: 4,
    data: {
      state: {
        projects: ['asystent-osobisty-2026-katowice'],
        household: { schema: 3, gmina: 'Katowice', gmina_code: '246901', members: [{ role: 'applicant', age: 40, disability: 'yes', certificate: 'severe' }] },
        answered: ['gmina', 'orzeczenia'],
        as_of: null,
      },
      saved_on: '2026-11-28',
    },
  };
  await page.evaluate((v) => localStorage.setItem('sprawdz-wsparcie.odpowiedzi', v), JSON.stringify(answers));
  await app.goto('/sprawdz/wynik/');
  const verdict = page.locator('li.verdict', { hasText: 'Asystent osobisty osoby z niepełnosprawnością' });
  const contact = verdict.locator('.verdict-contact');
  await contact.waitFor();
  const text = normalise(await contact.innerText()).replace(/\s+/g, ' ');
  // The voivode's list gives MOPS Katowice's phone; the project page shows the same.
  assert.match(text, /\(32\) 606-18-00/);
  assert.match(text, /Wykaz OPS woj\. śląskiego, Śląski Urząd Wojewódzki/);
  await app.goto('/projekt/asystent-osobisty-2026-katowice/');
  assert.match(normalise(await app.mainText()), /\(32\) 606-18-00/);
  await app.close();
});
