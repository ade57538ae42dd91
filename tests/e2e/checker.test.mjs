// The eligibility checker as a resident uses it: from a project page through one question per page to
// results that explain each verdict; "nie wiem"; changing an answer; answers kept over a reload and
// cleared in one step. axe runs on every question page and on the results.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, DESK, launch } from './harness.mjs';
import { Checker, jastrzebieFlow, pickGmina } from './flows.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const JASTRZEBIE = 'Jastrzębie-Zdrój – Miasto Rodziny';

test('eligible: a family from Jastrzębie-Zdrój while the project recruited', async () => {
  const app = await App.open(env);
  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await checker.results();
  const card = checker.verdict(JASTRZEBIE);
  assert.match(await card.locator('.verdict-headline').innerText(), /Prawdopodobnie możesz wziąć udział/);
  assert.equal(await card.locator('.badge').innerText(), 'Trwa nabór');
  const text = await card.innerText();
  assert.match(text, /Mieszkasz w gminie Jastrzębie-Zdrój; projekt jest dla mieszkańców gminy Jastrzębie-Zdrój\./);
  assert.match(text, /Twoja rodzina należy do grupy, dla której jest projekt: rodziny z dziećmi, dzieci i młodzież\./);
  assert.match(text, /Źródło: Strona projektu: /);
  assert.doesNotMatch(text, /\.txt/, 'residents never see a data file name');
  assert.match(normaliseText(await app.page.locator('main').innerText()), /Wynik na dzień 1 marca 2022/, 'the as-of day is stated');
  await app.close();
});

test('not eligible: the same family living in Kłobuck', async () => {
  const app = await App.open(env);
  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Kłobuck');
  await checker.results();
  const card = checker.verdict(JASTRZEBIE);
  assert.match(await card.locator('.verdict-headline').innerText(), /Raczej nie spełniasz warunków/);
  assert.match(await card.innerText(), /Mieszkasz w gminie Kłobuck, a projekt jest tylko dla mieszkańców gminy Jastrzębie-Zdrój\./);
  await app.close();
});

test('"nie wiem" gives an unknown verdict with what to bring, and an answer can be changed', async () => {
  const app = await App.open(env, { viewport: DESK });
  const checker = new Checker(app);
  await jastrzebieFlow(checker, null);
  await checker.results();
  let card = checker.verdict(JASTRZEBIE);
  assert.match(await card.locator('.verdict-headline').innerText(), /Brakuje informacji: zapytaj w ośrodku/);
  const unknown = card.locator('li.criterion.outcome-unknown');
  assert.match(await unknown.innerText(), /Nie podano gminy zamieszkania/);
  assert.match(await unknown.locator('.bring').innerText(), /dokument z adresem zamieszkania/);
  // Change the answer from the check-answers page; we come back there, then to new results.
  await app.page.getByRole('link', { name: 'Zmień odpowiedzi' }).click();
  await app.page.locator('main h1', { hasText: 'Sprawdź swoje odpowiedzi' }).waitFor();
  const row = app.page.locator('.summary-row', { hasText: 'W jakiej gminie mieszkasz?' });
  assert.match(await row.innerText(), /Nie wiem/);
  await row.getByRole('link', { name: /Zmień/ }).click();
  await app.page.locator('main h1', { hasText: 'W jakiej gminie mieszkasz?' }).waitFor();
  await app.page.getByLabel('Nie wiem').uncheck();
  await pickGmina(app.page, 'Jastrzębie-Zdrój');
  await app.page.getByRole('button', { name: 'Dalej' }).click();
  await app.page.locator('main h1', { hasText: 'Sprawdź swoje odpowiedzi' }).waitFor();
  assert.match(await app.page.locator('.summary-row', { hasText: 'W jakiej gminie mieszkasz?' }).innerText(), /Jastrzębie-Zdrój/);
  await checker.results();
  card = checker.verdict(JASTRZEBIE);
  assert.match(await card.locator('.verdict-headline').innerText(), /Prawdopodobnie możesz wziąć udział/);
  await app.close();
});

test('errors: summary takes focus, "Błąd:" in the title, messages at the fields', async () => {
  const app = await App.open(env);
  const checker = new Checker(app);
  await checker.startFromProject('/projekt/aktywna-integracja-alternatywa-na-lepsze-jutro', '2017-03-01');
  const page = app.page;
  await page.locator('main h1', { hasText: 'W jakiej gminie mieszkasz?' }).waitFor();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.locator('#error-summary').waitFor();
  assert.equal(await page.title(), 'Błąd: W jakiej gminie mieszkasz? – Sprawdź wsparcie');
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  assert.match(await page.locator('#gmina-error').innerText(), /Wpisz nazwę gminy albo zaznacz „Nie wiem”/);
  // The input names its error, and every element it names is on the page.
  const describedIds = async (selector) => {
    const ids = (await page.locator(selector).getAttribute('aria-describedby')) ?? '';
    for (const id of ids.split(' ').filter(Boolean)) assert.equal(await page.locator(`#${id}`).count(), 1, `#${id} of ${selector}`);
    return ids;
  };
  assert.match(await describedIds('#gmina'), /gmina-error/);
  await app.assertAccessible('question with an error');
  // Two gminas are called Konopnica: a typed name they share is not taken, the resident picks one.
  await page.locator('#gmina').fill('Konopnica');
  await page.locator('#place-results .result-count', { hasText: 'Znaleziono: 2 gminy' }).waitFor();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.locator('#gmina-error', { hasText: 'Wybierz swoją gminę z listy pod polem albo zaznacz „Nie wiem”.' }).waitFor();
  const konopnice = await page.locator('#place-results .place-list').first().locator('li').allInnerTexts();
  assert.deepEqual(konopnice, [
    'Konopnica gmina wiejska, powiat lubelski, województwo lubelskie',
    'Konopnica gmina wiejska, powiat wieluński, województwo łódzkie',
  ]);
  await app.assertAccessible('gmina search with matches');
  // A name only one gmina has, typed in full, is as good as picking it.
  await page.locator('#gmina').fill('Szprotawa');
  await page.locator('#place-results .result-count', { hasText: 'Znaleziono: 1 gmina' }).waitFor();
  await page.getByRole('button', { name: 'Dalej' }).click();
  // Szprotawa's rules ask about the revitalisation area, the family, incomes, and the at-risk categories.
  // A yes / no question left unanswered: the fieldset names its error.
  await page.locator('main h1', { hasText: 'Czy mieszkasz na obszarze rewitalizacji?' }).waitFor();
  assert.doesNotMatch(await describedIds('form.question fieldset'), /answer-error/);
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.locator('#answer-error').waitFor();
  assert.match(await describedIds('form.question fieldset'), /answer-error/);
  await checker.choose('Tak');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await checker.answer('Kto jest w Twojej rodzinie?', (p) => p.locator('#age-0').fill('45'));
  await page.locator('main h1', { hasText: 'Jakie są miesięczne dochody rodziny?' }).waitFor();
  await page.getByRole('button', { name: 'Dodaj dochód' }).click();
  await page.locator('#income-0-0').fill('12,345');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.locator('#error-summary').waitFor();
  assert.match(await page.locator('#income-0-0-error').innerText(), /najwyżej 2 miejsca po przecinku/);
  await page.locator('#income-0-0').fill('634');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await checker.answer('Czy dotyczy Cię któraś z tych sytuacji?', (p) => p.getByLabel('Korzystanie z pomocy społecznej lub prawo do niej').check());
  await checker.results();
  const card = checker.verdict('Aktywna integracja alternatywą na lepsze jutro');
  assert.match(await card.locator('.verdict-headline').innerText(), /Prawdopodobnie możesz wziąć udział/);
  assert.match(normaliseText(await card.innerText()), /Twój dochód 634,00 zł nie przekracza 634,00 zł, czyli 100% kryterium dochodowego dla osoby samotnie gospodarującej/);
  await app.close();
});

test('answers saved with a gmina name get its code, or the question again when two gminas share the name', async () => {
  const app = await App.open(env);
  const { page } = app;
  const saved = (name) => JSON.stringify({ schema: 2, data: { saved_on: '2026-10-01', state: {
    projects: [], answered: ['gmina', 'rodzina'], as_of: null,
    household: { schema: 1, gmina: name, revitalisation_area: 'unknown',
      members: [{ role: 'applicant', birth_date: null, age: 40, incomes: null, registered_unemployed: 'unknown', disability: 'unknown' }],
      situation: { foster_family: 'unknown', care_leaver: 'unknown', child_in_foster_care: 'unknown', care_difficulties: 'unknown' },
      at_risk: null, art7: null } } } });
  const household = () => page.evaluate(() => JSON.parse(localStorage.getItem('sprawdz-wsparcie.odpowiedzi')));
  for (const [name, code] of [['Jastrzębie-Zdrój', '246701'], ['Konopnica', null]]) {
    await app.goto('/sprawdz');
    await page.evaluate((text) => localStorage.setItem('sprawdz-wsparcie.odpowiedzi', text), saved(name));
    await app.goto('/sprawdz/odpowiedzi');
    await page.locator('main h1', { hasText: 'Sprawdź swoje odpowiedzi' }).waitFor();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('sprawdz-wsparcie.odpowiedzi'))?.data?.state?.household?.schema === 5);
    // The gmina index resolves the name once it has arrived.
    await page.waitForFunction((c) => (JSON.parse(localStorage.getItem('sprawdz-wsparcie.odpowiedzi')).data.state.household.gmina_code ?? null) === c
      && (c !== null || !JSON.parse(localStorage.getItem('sprawdz-wsparcie.odpowiedzi')).data.state.answered.includes('gmina')), code);
    const stored = await household();
    assert.equal(stored.schema, 6);
    assert.equal(stored.data.state.household.gmina, code ? name : null, name);
    assert.deepEqual(stored.data.state.answered, code ? ['gmina', 'rodzina'] : ['rodzina'], name);
    const row = page.locator('.summary-row', { hasText: 'W jakiej gminie mieszkasz?' });
    if (code) assert.match(await row.innerText(), /Jastrzębie-Zdrój/);
    else assert.doesNotMatch(await page.locator('main').innerText(), /Konopnica/);
  }
  await app.close();
});

test("a person's role and an income's kind are kept as chosen from their lists, and shown chosen again", async () => {
  const app = await App.open(env);
  const { page } = app;
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('sprawdz-wsparcie.odpowiedzi')).data.state.household.members);
  await app.goto('/sprawdz/pytanie/rodzina/');
  await page.locator('main h1', { hasText: 'Kto jest w Twojej rodzinie?' }).waitFor();
  await page.locator('#age-0').fill('45');
  await page.getByRole('button', { name: 'Dodaj osobę' }).click();
  const role = page.locator('.member-row select');
  assert.equal(await role.locator('option:checked').innerText(), 'dziecko', "a new person's first choice");
  await role.selectOption({ label: 'mąż, żona lub partner(ka)' });
  await page.locator('.member-row input').fill('44');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('sprawdz-wsparcie.odpowiedzi') ?? 'null')?.data?.state?.household?.members?.length === 2);
  assert.deepEqual((await stored()).map((m) => m.role), ['applicant', 'partner']);

  await app.goto('/sprawdz/pytanie/dochody/');
  await page.locator('main h1', { hasText: 'Jakie są miesięczne dochody rodziny?' }).waitFor();
  await page.getByRole('button', { name: 'Dodaj dochód' }).first().click();
  const kind = page.locator('.income-row select');
  await kind.selectOption({ label: 'Emerytura lub renta' });
  await page.locator('.income-row input').fill('1200');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('sprawdz-wsparcie.odpowiedzi')).data.state.household.members[0].incomes?.length === 1);
  assert.deepEqual((await stored())[0].incomes.map((i) => [i.kind, i.monthly]), [['pension', '1200']]);

  // Opened again, each list shows what was chosen.
  await app.goto('/sprawdz/pytanie/rodzina/');
  assert.equal(await page.locator('.member-row select option:checked').innerText(), 'mąż, żona lub partner(ka)');
  await app.goto('/sprawdz/pytanie/dochody/');
  assert.equal(await page.locator('.income-row select option:checked').innerText(), 'Emerytura lub renta');
  await app.close();
});

test('answers survive a reload and are cleared in one step', async () => {
  const app = await App.open(env);
  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await app.page.locator('main h1', { hasText: 'Sprawdź swoje odpowiedzi' }).waitFor();
  await app.page.reload();
  await app.page.locator('main h1', { hasText: 'Sprawdź swoje odpowiedzi' }).waitFor();
  assert.match(await app.page.locator('.summary').innerText(), /Jastrzębie-Zdrój/);
  const stored = await app.page.evaluate(() => JSON.parse(localStorage.getItem('sprawdz-wsparcie.odpowiedzi')));
  assert.equal(stored.schema, 6);
  assert.equal(stored.data.state.household.gmina, 'Jastrzębie-Zdrój');
  assert.equal(stored.data.state.household.gmina_code, '246701');
  assert.match(stored.data.saved_on, /^\d{4}-\d{2}-\d{2}$/);
  await checker.results();
  await app.page.getByRole('button', { name: 'Usuń moje odpowiedzi' }).click();
  await app.page.waitForFunction(() => localStorage.getItem('sprawdz-wsparcie.odpowiedzi') === null);
  assert.deepEqual(await app.page.evaluate(() => Object.keys(localStorage)), [], 'no key of ours is left');
  await app.page.goto(`${app.base}/sprawdz`);
  await app.page.locator('main h1').waitFor();
  assert.equal(await app.page.locator('.saved').count(), 0, 'no saved answers are offered');
  await app.close();
});

function normaliseText(text) {
  return text.replace(/\u00a0/g, ' ');
}

test('a general check: the projects open to the gmina and the act\'s benefits, only the needed questions', async () => {
  const app = await App.open(env, { clock: new Date('2026-11-28T10:00:00+01:00') });
  const page = app.page;
  await app.goto('/');
  await page.getByRole('link', { name: 'Sprawdź, czy możesz' }).click();
  await page.locator('h1', { hasText: 'Sprawdź, czy możesz wziąć udział' }).waitFor();
  // Written for the build's day, the page is drawn again by the checker for this earlier one.
  await app.ready();
  assert.match(await app.mainText(), /sprawdzimy projekty z katalogu dostępne w Twojej gminie oraz cztery zasiłki/);
  await page.getByRole('button', { name: 'Zacznij' }).click();
  const seen = [];
  // The gmina is Kłobuck; "Nie wiem" wherever else offered; the family question is left empty.
  for (let i = 0; i < 20; i++) {
    await page.locator('main h1').first().waitFor();
    const heading = await page.locator('main h1').first().innerText();
    if (heading === 'Sprawdź swoje odpowiedzi') break;
    seen.push(heading);
    const unknown = page.getByLabel('Nie wiem', { exact: true });
    const incomesUnknown = page.getByLabel('Nie wiem, jakie są dochody');
    const certificate = page.locator('#certificate-0');
    if (heading === 'W jakiej gminie mieszkasz?') await pickGmina(page, 'Kłobuck');
    else if (await incomesUnknown.count()) await incomesUnknown.check();
    else if (await certificate.count()) await certificate.selectOption('unknown');
    else if (await unknown.count()) await unknown.check();
    await page.getByRole('button', { name: 'Dalej' }).click();
    await page.waitForFunction((h) => document.querySelector('main h1')?.innerText !== h, heading);
  }
  assert.equal(seen[0], 'W jakiej gminie mieszkasz?', seen.join(' | '));
  assert.ok(!seen.includes('Czy któreś z dzieci ma orzeczenie o niepełnosprawności?'), seen.join(' | '));
  // The act's benefits ask about a random event and citizenship; the sex only from 60 to 64.
  assert.ok(seen.includes('Czy masz obywatelstwo polskie?'), seen.join(' | '));
  assert.ok(!seen.includes('Podaj swoją płeć'), seen.join(' | '));
  await page.getByRole('link', { name: 'Pokaż wynik' }).click();
  await page.locator('main h1', { hasText: 'Wynik sprawdzenia' }).waitFor();
  // Only what is open to Kłobuck's powiat: the seed project, which has ended.
  const projects = await page.locator('main > ol.verdicts > li.verdict .verdict-headline').allInnerTexts();
  assert.deepEqual(projects, ['Projekt się zakończył: nie można już do niego dołączyć'], projects.join(' | '));
  assert.equal(await page.locator('section.benefit-results li.verdict').count(), 4);
  // The certificates were asked (the benefits need them while the age is not known); the carer
  // question only follows when someone else in the household may have one, and nobody else was added.
  assert.ok(seen.includes('Czy ktoś w Twoim gospodarstwie domowym ma orzeczenie o niepełnosprawności?'), seen.join(' | '));
  assert.ok(!seen.includes('Czy opiekujesz się na co dzień osobą z Twojego gospodarstwa domowego, która ma orzeczenie?'), seen.join(' | '));
  await app.assertAccessible('results of a general check');
  await app.close();
});
