// A resident of a gmina with no project at all (Białowieża, podlaskie) checks the act's benefits: the
// four on the gmina's page, the questions they need and no more, and each result with the amounts it
// compared and its estimate worked out; in Polish and in Ukrainian, and again with the network gone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, PHONE, launch, normalise as asShown } from './harness.mjs';
import { benefitsWalk as walk } from './flows.mjs';

const normalise = (text) => asShown(text).replace(/\s+/g, ' ').trim();

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const DAY = new Date('2026-12-07T10:00:00+01:00');

const verdicts = async (page) => (await page.locator('section.benefit-results li.verdict').allInnerTexts()).map(normalise);

test('a resident of a gmina with no project checks the four benefits and reads each estimate worked out', async () => {
  const app = await App.open(env, { viewport: PHONE, clock: DAY });
  const { page } = app;
  await app.goto('/gmina/200502/');
  const offered = page.locator('section', { hasText: 'Pomoc, o którą możesz poprosić w każdym ośrodku' });
  assert.equal(await offered.locator('a[href^="/zasilki/"]').count() >= 4, true);
  await app.goto('/sprawdz/');
  await app.ready();
  assert.match(await app.mainText(), /cztery zasiłki z ustawy o pomocy społecznej/);
  await walk(app, {
    gmina: 'W jakiej gminie mieszkasz?', family: 'Kto jest w Twojej rodzinie?', incomes: 'Jakie są miesięczne dochody rodziny?',
    event: 'zdarzenie losowe', citizen: 'obywatelstwo polskie', answers: 'Sprawdź swoje odpowiedzi',
  });
  // No project is open to Białowieża's residents: the act's benefits only, in the act's order.
  assert.equal(await page.locator('main > ol.verdicts > li.verdict').count(), 0);
  const [staly, okresowy, celowy, specjalny] = await verdicts(page);
  assert.match(staly, /^Zasiłek stały Według ustawy może Ci przysługiwać/);
  assert.match(staly, /Masz 67 lat: to wiek emerytalny/);
  assert.match(staly, /Twój dochód 900,00 zł jest niższy niż kryterium 1 010,00 zł \(kryterium dochodowe osoby samotnie gospodarującej\)\./);
  assert.match(staly, /130% kryterium \(1 010,00 zł\) = 1 313,00 zł \(art\. 37 ust\. 2 pkt 1; Dz\.U\. 2023 poz\. 1693\)/);
  assert.match(staly, /1 313,00 zł − Twój dochód 900,00 zł = 413,00 zł/);
  assert.match(staly, /Nie więcej niż 1 229,00 zł i nie mniej niż 100,00 zł/);
  assert.match(staly, /Około 413,00 zł miesięcznie Kwotę ustala ośrodek po wywiadzie środowiskowym\./);
  assert.match(okresowy, /Kryterium 1 010,00 zł − dochód 900,00 zł = 110,00 zł/);
  assert.match(okresowy, /Od 55,00 zł do 110,00 zł miesięcznie/);
  // "Not above" the criterion for zasiłek celowy; the special one is for income above it.
  assert.match(celowy, /Według ustawy może Ci przysługiwać Wystarczy jeden z tych warunków\..*900,00 zł nie przekracza/);
  // Met by the income: the random event that did not happen is not needed, not a failed condition.
  assert.match(celowy, /Spełnione .*Niepotrzebne /);
  assert.doesNotMatch(celowy, /Niespełnione/);
  assert.match(specjalny, /Według ustawy nie przysługuje Ci.*900,00 zł nie przekracza/);
  assert.doesNotMatch(specjalny, /Ile może wynieść/);
  assert.equal(await page.locator('section.benefit-results h3[lang="pl"]').count(), 4);
  await app.assertAccessible('the benefits among the results');
  await app.assertNoHorizontalScroll();
  await app.close();
});

test('in Ukrainian the same check reads in Ukrainian, the act\'s names marked Polish', async () => {
  const app = await App.open(env, { viewport: PHONE, clock: DAY, locale: 'uk-UA' });
  const { page } = app;
  await app.goto('/uk/sprawdz/');
  await app.ready();
  await walk(app, {
    gmina: 'ґміні', family: 'Хто є', incomes: 'доходи', event: 'випадкова подія', citizen: 'громадянство', answers: 'відповіді',
  });
  const [staly] = await verdicts(page);
  assert.match(staly, /Вам 67 років/);
  assert.match(staly, /130% критерію \(1 010,00 PLN\) = 1 313,00 PLN/);
  assert.match(staly, /Близько 413,00 PLN на місяць Суму встановлює центр після соціального інтерв'ю\./);
  assert.equal(await page.locator('section.benefit-results h3[lang="pl"]', { hasText: 'Zasiłek stały' }).count(), 1);
  await app.assertAccessible('the benefits in Ukrainian');
  await app.close();
});

test('without a gmina the benefits are checked, and the results say projects need one', async () => {
  const app = await App.open(env, { viewport: PHONE, clock: DAY });
  const { page } = app;
  await app.goto('/sprawdz/');
  await app.ready();
  await page.locator('button.start').click();
  for (let i = 0; i < 8; i++) {
    const heading = await page.locator('main h1').first().innerText();
    if (heading === 'Sprawdź swoje odpowiedzi') break;
    const incomesUnknown = page.getByLabel('Nie wiem, jakie są dochody');
    if (await incomesUnknown.count()) await incomesUnknown.check();
    else if (await page.locator('#certificate-0').count()) await page.locator('#certificate-0').selectOption('unknown');
    else if (await page.getByLabel('Nie wiem', { exact: true }).count()) await page.getByLabel('Nie wiem', { exact: true }).check();
    await page.locator('form.question button[type="submit"]').click();
    await page.waitForFunction((h) => document.querySelector('main h1')?.innerText !== h, heading);
  }
  await page.getByRole('link', { name: 'Pokaż wynik' }).click();
  await page.locator('section.benefit-results li.verdict').first().waitFor();
  assert.match(await app.mainText(), /Bez gminy nie sprawdzimy projektów/);
  const headlines = await page.locator('section.benefit-results .verdict-headline').allInnerTexts();
  assert.deepEqual(headlines, Array(4).fill('Może Ci przysługiwać: ośrodek to sprawdzi'));
  await app.assertAccessible('benefits without a gmina');
  await app.close();
});

test('on a day past the last known criterion the results say it is not known, and compare nothing', async () => {
  // The criterion of 2025 is known to hold until the end of 2027 (the next review is due then).
  const app = await App.open(env, { viewport: PHONE, clock: new Date('2028-01-03T10:00:00+01:00') });
  const { page } = app;
  await app.goto('/sprawdz/');
  await page.evaluate(() => localStorage.setItem('sprawdz-wsparcie.odpowiedzi', JSON.stringify({ schema: 5, data: {
    saved_on: '2028-01-03', state: { projects: [], answered: ['gmina', 'rodzina', 'dochody', 'zdarzenie-losowe', 'obywatelstwo'], as_of: null,
      household: { schema: 4, gmina: 'Białowieża', gmina_code: '200502', members: [{ role: 'applicant', age: 67, incomes: [{ kind: 'pension', monthly: '900.00' }] }],
        situation: { random_event: 'no', polish_citizen: 'yes' } } } } })));
  await app.goto('/sprawdz/wynik/');
  await page.locator('section.benefit-results').waitFor();
  const text = normalise(await page.locator('section.benefit-results').innerText());
  assert.match(text, /na 3 stycznia 2028/);
  assert.match(text, /Nie znamy kryterium dochodowego na ten dzień/);
  assert.equal(await page.locator('section.benefit-results li.verdict').count(), 0);
  await app.assertAccessible('benefits past the known criterion');
  await app.close();
});
