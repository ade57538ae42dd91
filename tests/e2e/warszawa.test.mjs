// Warszawa is one gmina, but each of its 18 districts has a centre of its own: the place search finds a
// district by its name, Warszawa's page lists the 18 with their centres (each field with its page and
// date, to confirm), and a Warsaw resident's check names their district's centre.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, DESK, PHONE, launch, normalise as asShown } from './harness.mjs';

const normalise = (text) => asShown(text).replace(/\s+/g, ' ').trim();

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const DAY = new Date('2026-12-07T10:00:00+01:00');

test('a district found by its name leads to Warszawa\'s page, which lists every district with its centre', async () => {
  const app = await App.open(env, { viewport: PHONE });
  const { page } = app;
  await app.goto('/');
  await page.locator('#place-search').fill('Bemowo');
  await page.locator('#place-results .result-count').waitFor();
  const district = page.locator('#place-results li', { hasText: 'dzielnica m.st. Warszawy' });
  assert.match(normalise(await district.innerText()), /^Bemowo dzielnica m\.st\. Warszawy, gmina Warszawa, /);
  await district.getByRole('link').click();
  await page.waitForURL(/\/gmina\/146501\/\?miejscowosc=Bemowo$/);
  await app.ready();
  const section = page.locator('section[aria-labelledby="gmina-centre"]');
  await section.locator('section.district').first().waitFor();
  assert.equal(await section.locator('section.district').count(), 18);
  assert.equal(await section.locator('nav ul.columns li').count(), 18);
  const text = normalise(await section.innerText());
  assert.match(text, /W tym mieście każda dzielnica ma własny ośrodek pomocy społecznej\. Zwróć się do ośrodka dzielnicy, w której mieszkasz\./);
  // The district the resident came through, first, as a link to its centre.
  await section.locator('p.lead a', { hasText: 'Bemowo' }).click();
  await page.waitForURL(/#dzielnica-1465028$/);
  const bemowo = normalise(await page.locator('section.district', { has: page.locator('#dzielnica-1465028') }).innerText());
  assert.match(bemowo, /Ośrodek Pomocy Społecznej Dzielnicy Bemowo m\.st\. Warszawy/);
  assert.match(bemowo, /ul\. Pełczyńskiego 26/);
  assert.match(bemowo, /Skąd są te dane \(do potwierdzenia\): Nazwa, strona internetowa: opsbemowo\.waw\.pl \(deklarację sporządzono 22 września 2020\)/);
  assert.match(bemowo, /Do potwierdzenia: .*ROZBIEŻNOŚĆ: seniorzy\.pl podaje adres ul\. Rozłogi 10/);
  assert.match(bemowo, /zestawienie robocze, stan na grudzień 2026/);
  const wawer = normalise(await page.locator('section.district', { has: page.locator('#dzielnica-1465148') }).innerText());
  assert.equal(wawer, 'Wawer Nie mamy danych ośrodka tej dzielnicy. Zapytaj o niego w urzędzie dzielnicy.');
  // No centre of the city itself is invented.
  assert.doesNotMatch(text, /Nie mamy jeszcze danych ośrodka pomocy społecznej gminy Warszawa/);
  await app.assertAccessible('Warszawa\'s districts');
  await app.assertNoHorizontalScroll();
  await app.close();
});

/** Answers the page's question with `fill` and goes on. */
async function answer(page, heading, fill) {
  await page.locator('main h1', { hasText: heading }).waitFor();
  await fill();
  await page.locator('form.question button[type="submit"]').click();
  await page.waitForFunction((h) => !document.querySelector('main h1')?.innerText.includes(h), heading);
}

/** A person of 70 living alone on 900 zł, no random event, a Polish citizen, of `district`; `where` is
 * what they pick in the search (the district itself, or Warszawa). */
async function check(app, where, district) {
  const { page } = app;
  await app.goto('/sprawdz/');
  await app.ready();
  await page.locator('button.start').click();
  await answer(page, 'W jakiej gminie mieszkasz?', async () => {
    await page.locator('#gmina').fill(where);
    await page.locator('#place-results .place-list button', { hasText: new RegExp(`^${where}$`) }).first().click();
    await page.locator('#gmina-chosen', { hasText: 'Warszawa' }).waitFor();
  });
  await answer(page, 'W której dzielnicy mieszkasz?', async () => {
    await app.assertAccessible('the district question');
    assert.equal(await page.locator('form.question input[type="radio"]').count(), 19, 'the 18 and "Nie wiem"');
    const radio = page.getByLabel(district, { exact: true });
    // A district picked in the search is already chosen here: the resident only confirms it.
    assert.equal(await radio.isChecked(), where === district, district);
    await radio.check();
  });
  await answer(page, 'Kto jest w Twojej rodzinie?', () => page.locator('#age-0').fill('70'));
  await answer(page, 'Jakie są miesięczne dochody rodziny?', async () => {
    await page.locator('.member-incomes > button.secondary').first().click();
    await page.locator('#income-0-0').fill('900');
  });
  await answer(page, 'zdarzenie losowe', () => page.locator('#answer-1').check());
  await answer(page, 'obywatelstwo polskie', () => page.locator('#answer').check());
  await page.locator('main h1', { hasText: 'Sprawdź swoje odpowiedzi' }).waitFor();
  const answers = normalise(await app.mainText());
  await page.locator('main a.button[href$="/sprawdz/wynik/"]').click();
  await page.locator('section.benefit-results li.verdict').first().waitFor();
  return answers;
}

test('a Warsaw resident\'s check names the centre of their district', async () => {
  const app = await App.open(env, { viewport: DESK, clock: DAY });
  const { page } = app;
  // Bemowo picked in the search answers the district, which the resident confirms.
  const answers = await check(app, 'Bemowo', 'Bemowo');
  assert.match(answers, /W której dzielnicy mieszkasz\? Bemowo/);
  let results = page.locator('section.benefit-results');
  assert.equal(normalise(await results.locator('.verdict-contact').innerText()),
    'Kontakt: Ośrodek Pomocy Społecznej Dzielnicy Bemowo m.st. Warszawy');
  assert.equal(await results.locator('.verdict-contact a[href="/gmina/146501/#dzielnica-1465028"]').count(), 1);
  await app.assertAccessible('results naming the district\'s centre');
  // Warszawa picked as the gmina: the district is asked; Ursus's centre has a name and no phone.
  await page.evaluate(() => localStorage.clear());
  await check(app, 'Warszawa', 'Ursus');
  results = page.locator('section.benefit-results');
  assert.equal(normalise(await results.locator('.verdict-contact').innerText()),
    'Kontakt: Ośrodek Pomocy Społecznej Dzielnicy Ursus m. st. Warszawy');
  assert.equal(await results.locator('.verdict-contact a[href="/gmina/146501/#dzielnica-1465128"]').count(), 1);
  await app.close();
});
