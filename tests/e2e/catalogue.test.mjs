// The catalogue as a resident and a clerk use it: list, filters, search, the five project pages,
// deep links, the as-of date, centre pages and 404, each checked with axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, DESK, PHONE, launch, normalise } from './harness.mjs';

// The 2026 programmes run until the end of 2026: pages that list them are read on this day.
const NOV_2026 = new Date('2026-11-28T10:00:00+01:00');

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const TITLES = {
  jastkow: 'Zintegrowany system wsparcia rodziny',
  jastrzebie: 'Jastrzębie-Zdrój – Miasto Rodziny',
  szamotuly: 'Poprawa dostępu do usług społecznych wspierających rodzinę i rodzinną pieczę zastępczą',
  klobuck: 'Kłobuckie Centrum Usług Społecznych',
  szprotawa: 'Aktywna integracja alternatywą na lepsze jutro',
};

test('the list shows every project: the five seed projects honestly ended, the 2026 programmes first', async () => {
  for (const viewport of [PHONE, DESK]) {
    const app = await App.open(env, { viewport, clock: NOV_2026 });
    await app.goto('/projekty');
    assert.equal(await app.page.title(), 'Wszystkie projekty w katalogu – Sprawdź wsparcie');
    const titles = await app.cardTitles();
    assert.equal(titles.length, 22);
    for (const title of Object.values(TITLES)) assert.equal(await app.badgeOf(title), 'Zakończony');
    // What runs comes first, what has ended last.
    assert.equal(await app.page.locator('li.card').first().locator('.badge').innerText(), 'W realizacji');
    const text = await app.mainText();
    assert.match(text, /Znaleziono 22 projekty/);
    assert.doesNotMatch(text, /Żaden z tych projektów nie przyjmuje teraz uczestników/);
    await app.assertNoHorizontalScroll();
    await app.assertAccessible(`catalogue ${viewport.width}px`);
    await app.close();
  }
});

test('filters by gmina, centre, group, status and kind, kept in the URL', async () => {
  const app = await App.open(env, { clock: NOV_2026 });
  await app.goto('/projekty');
  const page = app.page;
  // A partner centre's gmina finds the lead centre's project.
  await page.selectOption('#filter-place', 'g:Bełżyce');
  await app.waitForCount('li.card', 1);
  assert.deepEqual(await app.cardTitles(), [TITLES.jastkow]);
  assert.match(decodeURIComponent(page.url()), /miejsce=g:Bełżyce/);
  await page.selectOption('#filter-place', 'o:ops-szamotuly');
  await app.waitForCount('li.card', 1);
  assert.deepEqual(await app.cardTitles(), [TITLES.szamotuly]);
  await page.selectOption('#filter-place', '');
  await page.selectOption('#filter-group', 'foster_families');
  await app.waitForCount('li.card', 2);
  assert.deepEqual((await app.cardTitles()).sort(), [TITLES.jastrzebie, TITLES.jastkow].sort());
  await page.selectOption('#filter-status', 'recruiting');
  await app.waitForCount('li.card', 0);
  assert.match(await app.mainText(), /Żaden projekt nie pasuje/);
  await app.assertAccessible('catalogue with no results');
  // The filtered list survives a reload.
  await page.reload();
  await app.ready();
  assert.equal(await page.locator('#filter-status').inputValue(), 'recruiting');
  await app.waitForCount('li.card', 0);
  await page.getByRole('button', { name: 'Wyczyść filtry' }).click();
  await app.waitForCount('li.card', 22);
  // The five seed projects, and the food aid of Podprogram 2025 (January to September 2026) twice.
  await page.selectOption('#filter-status', 'ended');
  await app.waitForCount('li.card', 7);
  await page.selectOption('#filter-status', '');
  await page.selectOption('#filter-kind', 'benefit');
  await app.waitForCount('li.card', 2);
  assert.match(decodeURIComponent(page.url()), /rodzaj=benefit/);
  for (const title of await app.cardTitles()) assert.equal(title, 'Posiłek w szkole i w domu – 2026');
  await page.selectOption('#filter-kind', 'eu_project');
  await app.waitForCount('li.card', 7);
  await app.close();
});

test('search ignores case and Polish diacritics', async () => {
  const app = await App.open(env);
  await app.goto('/projekty');
  const search = app.page.locator('#search');
  for (const [query, titles] of [
    ['klobuck', [TITLES.klobuck]],
    ['KŁOBUCK', [TITLES.klobuck]],
    ['jastrzebie zdroj', [TITLES.jastrzebie]],
    ['szprotawa', [TITLES.szprotawa]],
    ['niedrzwica', [TITLES.jastkow]],
  ]) {
    await search.fill(query);
    await app.waitForCount('li.card', titles.length);
    assert.deepEqual(await app.cardTitles(), titles, query);
  }
  await search.fill('zzz nic takiego');
  await app.waitForCount('li.card', 0);
  await app.close();
});

const FACTS = {
  jastkow: [
    'Gminny Ośrodek Pomocy Społecznej w Jastkowie', 'od września 2017 do sierpnia 2018',
    'Koniec projektu: sierpień 2018. Nie można już do niego dołączyć.',
    'Ośrodek Pomocy Społecznej w Bełżycach (gmina Bełżyce)', 'Fundacja Rozwoju Inicjatyw Obywatelskich',
    'Regionalny Program Operacyjny Województwa Lubelskiego na lata 2014-2020', '11.2 Usługi społeczne i zdrowotne',
    '7:30–11:00', 'Oświadczenie o spełnianiu kryterium kwalifikowalności', 'Praca socjalna',
    'Informacja o projekcie w serwisie www.drzonkow.pl, serwis www.drzonkow.pl', 'opublikowano 5 października 2017',
  ],
  jastrzebie: [
    '1 042 938,86 zł', '886 498,03 zł', '85%', '83 435,10 zł', '8%', '73 005,73 zł', '7%',
    'od 1 stycznia 2022 do 30 czerwca 2023', 'Koniec projektu: 30 czerwca 2023.', 'RPSL.09.02.05-IŻ.01-24-350/19',
    'RIT Zachodni', '350 osób (planowana liczba)', '32 43 49 616', 'Strona Ośrodka Pomocy Społecznej w Jastrzębiu-Zdroju',
  ],
  szamotuly: [
    '152 085,43 zł', 'od 1 marca 2017 do 29 lutego 2020', 'partner projektu', 'Asystent rodziny',
    'Zintegrowane Inwestycje Terytorialne', 'Strona Ośrodka Pomocy Społecznej w Szamotułach',
    // No phone of its own: the running centre's address, phone and hours under "Jak się zgłosić".
    'Ośrodek prowadzący projekt', 'Plac Henryka Sienkiewicza 20', '61 29-20-217', 'Godziny otwarcia',
  ],
  klobuck: [
    '725 625,00 zł', '674 831,25 zł', '93%', 'od 1 października 2018 do 30 marca 2021', '30 marca 2023',
    'wsparciem objęto 204 osoby', 'Placówka wsparcia dziennego „Kłobuś”', 'Europejski Fundusz Społeczny',
    'Informacja Gminnego Ośrodka Pomocy Społecznej w Kłobucku o trwałości projektu',
  ],
  szprotawa: [
    'od stycznia 2017; data końca nie jest podana', 'około 60 osób', 'w tym obszar rewitalizacji',
    'Źródło nie podaje daty końca', '31 grudnia 2023', 'Powiatowym Urzędem Pracy w Żaganiu',
    'opublikowano 23 lutego 2017', 'Aktualność „Aktywna integracja w ramach rewitalizacji”',
  ],
};

for (const [key, facts] of Object.entries(FACTS)) {
  test(`project page: ${TITLES[key]}`, async () => {
    const app = await App.open(env);
    await app.goto('/projekty');
    await app.page.getByRole('link', { name: TITLES[key] }).click();
    await app.page.locator('h1', { hasText: TITLES[key] }).waitFor();
    assert.equal(await app.page.title(), `${TITLES[key]} – Sprawdź wsparcie`);
    assert.equal(await app.page.locator('.status-box .badge').innerText(), 'Zakończony');
    const text = await app.mainText();
    for (const fact of facts) assert.ok(text.includes(fact), `"${fact}" missing on ${key}`);
    assert.ok(!text.includes('.txt'), `a data file name shows on ${key}`);
    await app.assertNoHorizontalScroll();
    await app.assertAccessible(`project ${key}`);
    await app.close();
  });
}

test('phone numbers are tel: links', async () => {
  const app = await App.open(env);
  await app.goto('/projekt/jastrzebie-zdroj-miasto-rodziny');
  // The project's own phones, then its running centre's as the directory lists it.
  await app.page.locator('section[aria-labelledby=apply] .source').waitFor();
  const hrefs = await app.page.locator('.phones a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['tel:+48324349616', 'tel:+48324349601', 'tel:+48324349657']);
  await app.close();
});

test('deep links work on reload', async () => {
  const app = await App.open(env);
  for (const [path, heading] of [
    ['/projekt/klobuckie-centrum-uslug-spolecznych', TITLES.klobuck],
    ['/osrodek/ops-szamotuly', 'Ośrodek Pomocy Społecznej w Szamotułach'],
    // The list was the first page once: its filtered links still open it.
    ['/?q=klobuck', 'Wszystkie projekty w katalogu'],
  ]) {
    await app.goto(path);
    await app.page.reload();
    await app.ready();
    assert.equal(await app.page.locator('main h1').innerText(), heading, path);
  }
  assert.deepEqual(await app.cardTitles(), [TITLES.klobuck]);
  await app.close();
});

test('as-of date recomputes every status and is marked when not today', async () => {
  const app = await App.open(env, { viewport: DESK });
  await app.goto('/projekty');
  const page = app.page;
  await page.locator('.staff summary').click();
  // An empty date is refused with a message at the field.
  await page.getByRole('button', { name: 'Pokaż', exact: true }).click();
  await page.locator('#as-of-error').waitFor();
  assert.equal(await page.locator('#as-of').getAttribute('aria-invalid'), 'true');
  await page.locator('#as-of').fill('2022-06-01');
  await page.getByRole('button', { name: 'Pokaż', exact: true }).click();
  const banner = page.locator('.as-of-banner');
  await banner.waitFor();
  assert.match(normalise(await banner.innerText()), /statusy pokazane na dzień 1 czerwca 2022/);
  assert.equal(await app.badgeOf(TITLES.jastrzebie), 'Trwa nabór');
  assert.equal(await app.badgeOf(TITLES.klobuck), 'Okres trwałości');
  assert.equal(await app.badgeOf(TITLES.szamotuly), 'Zakończony');
  // Szprotawa's source speaks of recruitment in 2017 only: running, not recruiting, in 2022.
  assert.equal(await app.badgeOf(TITLES.szprotawa), 'W realizacji');
  await app.assertAccessible('catalogue as of a past date');
  // The date stays while moving around, and the project page says the same.
  await page.getByRole('link', { name: TITLES.klobuck }).click();
  await page.locator('h1', { hasText: TITLES.klobuck }).waitFor();
  assert.ok(await banner.isVisible());
  assert.equal(await page.locator('.status-box .badge').innerText(), 'Okres trwałości');
  assert.match(await app.mainText(), /ośrodek utrzymuje jego usługi do 30 marca 2023/);
  // Back to today.
  await banner.getByRole('button', { name: 'Wróć do dzisiaj' }).click();
  await banner.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.status-box .badge').innerText(), 'Zakończony');
  await app.close();
});

test('centre page: contacts, office hours and open now in Polish time', async () => {
  // Monday 23 November 2026, 9:00 in Poland (8:00 UTC): open until 16:00.
  let app = await App.open(env, { viewport: DESK, clock: new Date('2026-11-23T08:00:00Z') });
  await app.goto('/osrodek/ops-szamotuly');
  let text = await app.mainText();
  for (const fact of ['Plac Henryka Sienkiewicza 20', '64-500 Szamotuły', '61 29-20-217', 'ops@szamotuly.pl',
    '787-18-22-358', '632002679', 'poniedziałek', '8:00–16:00', 'sobota', 'nieczynne', TITLES.szamotuly]) {
    assert.ok(text.includes(fact), `"${fact}" missing`);
  }
  assert.equal(await app.page.locator('.open-now').innerText(), 'Otwarte teraz, do 16:00');
  assert.equal(await app.page.title(), 'Ośrodek Pomocy Społecznej w Szamotułach – Sprawdź wsparcie');
  await app.assertAccessible('centre page');
  await app.close();
  // Saturday: the source says closed.
  app = await App.open(env, { clock: new Date('2026-11-28T10:00:00Z') });
  await app.goto('/osrodek/ops-szamotuly');
  assert.equal(await app.page.locator('.open-now').innerText(), 'Zamknięte teraz');
  await app.assertNoHorizontalScroll();
  await app.close();
  // New Year's Day 2027 is a Friday: at 10:00 the weekday's hours would say open, the holiday closes it.
  app = await App.open(env, { clock: new Date('2027-01-01T09:00:00Z') });
  await app.goto('/osrodek/ops-szamotuly');
  assert.equal(await app.page.locator('.open-now').innerText(), 'Dziś święto – ośrodek nieczynny');
  await app.close();
  // Corpus Christi 2027 (Thursday 27 May), on a gmina's page: the directory's centre, open 7:00–15:30 on
  // a Thursday (Zawoja, from the voivode's list of 2024).
  app = await App.open(env, { clock: new Date('2027-05-27T08:00:00Z') });
  await app.goto('/gmina/121508/');
  assert.equal(await app.page.locator('.open-now').first().innerText(), 'Dziś święto – ośrodek nieczynny');
  await app.close();
  // A centre whose source gives no contact says so.
  app = await App.open(env);
  await app.goto('/osrodek/gops-klobuck');
  assert.match(await app.mainText(), /Źródło nie podaje danych kontaktowych ośrodka/);
  await app.assertAccessible('centre page without contacts');
  await app.close();
});

test('unknown addresses get a 404 page', async () => {
  const app = await App.open(env);
  for (const [path, message] of [
    ['/nie-ma-takiej-strony', 'Pod tym adresem nic nie ma'],
    ['/projekt/nieistniejacy', 'Nie ma takiego projektu w katalogu'],
    ['/osrodek/nieistniejacy', 'Nie ma takiego ośrodka w katalogu'],
  ]) {
    // No file for the address: the host answers 404 with the build's 404.html, which the app reads.
    const response = await app.page.goto(app.base + path);
    assert.equal(response.status(), 404, path);
    await app.ready();
    assert.equal(await app.page.locator('main h1').innerText(), 'Nie znaleziono strony', path);
    assert.match(await app.mainText(), new RegExp(message));
    assert.equal(await app.page.title(), 'Nie znaleziono strony – Sprawdź wsparcie');
    await app.assertAccessible(`404 ${path}`);
  }
  await app.page.getByRole('link', { name: 'Przejdź do listy projektów' }).click();
  await app.waitForCount('li.card', 22);
  await app.close();
});

test('keyboard: skip link, then a project opened with Enter', async () => {
  const app = await App.open(env);
  await app.goto('/projekty');
  const page = app.page;
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Przejdź do treści');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await page.locator('li.card h2 a').first().focus();
  const title = await page.locator('li.card h2 a').first().innerText();
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: title }).waitFor();
  // The new page's content has focus, so a screen reader announces it.
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  // Typing in the search box keeps focus there (only the query changes).
  await page.goto(`${app.base}/projekty`);
  await app.ready();
  await page.locator('#search').fill('klobuck');
  await app.waitForCount('li.card', 1);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  await app.close();
});

test('residents see when a person last checked the facts, and past 180 days to call the centre first', async () => {
  // The 2026 pages were read, and their facts checked, on 28 November 2026.
  let app = await App.open(env, { clock: NOV_2026 });
  await app.goto('/projekt/asystent-osobisty-2026-dobra');
  const note = app.page.locator('.project .freshness');
  assert.equal(await note.innerText(), 'Informacje sprawdzone 28 listopada 2026.');
  assert.equal(await note.getAttribute('class'), 'freshness');
  await app.goto('/osrodek/gops-dobra');
  assert.equal(await app.page.locator('section[aria-labelledby="centre-source"] .freshness').innerText(),
    'Informacje sprawdzone 28 listopada 2026.');
  assert.equal(await app.page.locator('.card .freshness').first().innerText(), 'Informacje sprawdzone 28 listopada 2026.');
  await app.close();
  // 181 days later the same written page is drawn again for the day: the facts may be out of date.
  app = await App.open(env, { viewport: DESK, clock: new Date('2027-05-28T10:00:00+02:00') });
  await app.goto('/projekt/asystent-osobisty-2026-dobra');
  const stale = 'Informacje sprawdzone 28 listopada 2026: mogą być nieaktualne — zadzwoń do ośrodka przed wizytą.';
  await app.page.locator('.project .freshness.stale', { hasText: stale }).waitFor();
  await app.assertAccessible('project with stale facts');
  await app.goto('/gmina/120703');
  await app.page.locator('.card .freshness.stale', { hasText: stale }).first().waitFor();
  await app.assertAccessible('gmina page with stale facts');
  await app.close();
});
