// The whole country as a resident finds it: "Gdzie mieszkasz?" on the first page (a gmina, town or
// village, shared names offered with powiat and voivodeship), a gmina's page with its centre's real
// contacts and source or a plain word where we have none, the projects open to its residents, the
// voivodeship and powiat pages; in three languages, each page checked with axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, DESK, PHONE, holdBack, launch, normalise } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const JASTKOW = 'Zintegrowany system wsparcia rodziny';
// The lead centre's gmina and its seven partners' (powiat lubelski).
const JASTKOW_GMINAS = ['060907', '060901', '060910', '060912', '060904', '060911', '060913', '060908'];

/** Types into the place search and waits for the answer (the status line names what was found). */
async function search(app, text) {
  const { page } = app;
  await page.locator('#place-search').fill(text);
  // The answer's status line (not the "loading the list of gminas" one, also a status).
  await page.locator('#place-results .result-count').waitFor();
  await page.waitForFunction(() => !/Szukamy też|Also searching|Шукаємо також/.test(document.querySelector('#place-results').innerText));
}

/** The items of the gmina (0) or town (1) list, as text. */
async function items(app, list) {
  const lists = app.page.locator('#place-results .place-list');
  if (await lists.count() <= list) return [];
  return (await lists.nth(list).locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

test('from "Konopnica" on the first page to the Jastków project and its centre', async () => {
  for (const viewport of [PHONE, DESK]) {
    const app = await App.open(env, { viewport });
    const { page } = app;
    // Every data file the path asks for: the gmina index and the towns of the letters typed. The
    // gmina's, project's and centre's pages on the way were written at build time: no powiat file,
    // no locator, never the whole catalogue.
    const fetched = [];
    page.on('request', (r) => { const path = new URL(r.url()).pathname; if (/^\/(data|catalogue)\//.test(path)) fetched.push(path); });
    await app.goto('/');
    await search(app, 'konopnica');
    // Two gminas share the name: both, each with its powiat and voivodeship.
    assert.deepEqual(await items(app, 0), [
      'Konopnica gmina wiejska, powiat lubelski, województwo lubelskie',
      'Konopnica gmina wiejska, powiat wieluński, województwo łódzkie',
    ]);
    assert.match(await page.locator('#place-results .result-count').innerText(), /Znaleziono: 2 gminy, \d+ miejscowości\./);
    await app.assertNoHorizontalScroll();
    await app.assertAccessible(`place search ${viewport.width}px`);
    await page.locator('#place-results .place-list').first().locator('li', { hasText: 'powiat lubelski' }).getByRole('link').click();
    await page.waitForURL(`${env.url}/gmina/060908/`);
    await app.ready();
    assert.equal(await page.title(), 'Gmina Konopnica – Sprawdź wsparcie');
    const text = await app.mainText();
    assert.match(text, /gmina wiejska, powiat lubelski, województwo lubelskie/);
    // No directory lists the centres of lubelskie yet: said plainly, with what to do.
    assert.match(text, /Nie mamy jeszcze danych ośrodka pomocy społecznej gminy Konopnica \(powiat lubelski, województwo lubelskie\)\. Każda gmina ma taki ośrodek: zapytaj o niego w urzędzie gminy/);
    assert.match(text, /Źródło: GUS, rejestr TERYT, stan na 1 stycznia 2026\./);
    assert.deepEqual(await app.cardTitles(), [JASTKOW]);
    await app.assertNoHorizontalScroll();
    await app.assertAccessible(`gmina page ${viewport.width}px`);
    await page.getByRole('link', { name: JASTKOW }).click();
    await page.locator('main h1', { hasText: JASTKOW }).waitFor();
    await page.getByRole('link', { name: 'Gminny Ośrodek Pomocy Społecznej w Jastkowie' }).click();
    await page.locator('main h1', { hasText: 'Gminny Ośrodek Pomocy Społecznej w Jastkowie' }).waitFor();
    assert.match(page.url(), /\/osrodek\/gops-jastkow\/$/);
    // The programmes that complete the editions are built into the app: no download of their own.
    assert.deepEqual([...new Set(fetched)].sort(), ['/data/1/localities/ko.json', '/data/1/places.json'],
      'only what the search read');
    await app.close();
  }
});

test('what is typed on the first page before its islands act is kept, searched, and still in focus', async () => {
  const app = await App.open(env);
  const { page } = app;
  const release = await holdBack(page, /\/strony\/sprawdz-wsparcie-pages-[0-9a-f]+_bg\.wasm$/);
  await page.goto(`${app.base}/`);
  await page.locator('#place-search').fill('konopnica');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? ''), '', 'typed before the islands act');
  release();
  await app.ready();
  await page.locator('#place-results .result-count').waitFor();
  assert.equal(await page.locator('#place-search').inputValue(), 'konopnica', 'what was typed stays');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'place-search', 'the field keeps the focus');
  assert.equal((await items(app, 0)).length, 2, 'both Konopnicas found');
  await app.close();
});

test('the Jastków project shows on each of its partner gminas\' pages, and not on the other Konopnica\'s', async () => {
  const app = await App.open(env);
  for (const code of JASTKOW_GMINAS) {
    await app.goto(`/gmina/${code}`);
    assert.deepEqual(await app.cardTitles(), [JASTKOW], `gmina ${code}`);
  }
  await app.goto('/gmina/101703');
  assert.deepEqual(await app.cardTitles(), []);
  assert.match(await app.mainText(), /W naszym katalogu nie ma jeszcze projektów dla mieszkańców tej gminy\./);
  await app.close();
});

test('a centre from the directories: real contacts with the source, hours with "open now", an unverified row said so', async () => {
  // Monday 30 November 2026, 10:00 in Poland.
  const app = await App.open(env, { clock: new Date('2026-11-30T10:00:00+01:00') });
  const { page } = app;
  await app.goto('/gmina/246701');
  let text = await app.mainText();
  assert.match(text, /Ośrodek Pomocy Społecznej w Jastrzębiu-Zdroju/);
  assert.match(text, /ul\. Opolska 9/);
  assert.equal(await page.getByRole('link', { name: '(32) 434-96-57' }).getAttribute('href'), 'tel:+48324349657');
  assert.match(text, /Źródło: Wykaz OPS woj\. śląskiego, Śląski Urząd Wojewódzki, stan na maj 2026\./);
  assert.deepEqual(await app.cardTitles(), ['Jastrzębie-Zdrój – Miasto Rodziny']);
  await app.assertAccessible('gmina with a centre');
  // The project page reaches its running centre through the directory too, beside its own phones.
  await page.getByRole('link', { name: 'Jastrzębie-Zdrój – Miasto Rodziny' }).click();
  await page.locator('main h1', { hasText: 'Jastrzębie-Zdrój – Miasto Rodziny' }).waitFor();
  const apply = page.locator('section[aria-labelledby=apply]');
  await apply.getByText('Źródło: Wykaz OPS woj. śląskiego').waitFor();
  text = normalise(await apply.innerText());
  assert.match(text, /32 43 49 616/);
  assert.match(text, /Ośrodek Pomocy Społecznej w Jastrzębiu-Zdroju.*ul\. Opolska 9/s);
  await app.assertAccessible('project with the directory\'s contact');

  await app.goto('/gmina/120105');
  text = await app.mainText();
  assert.match(text, /Gminny Ośrodek Pomocy Społecznej w Łapanowie/);
  assert.match(text, /Łapanów 36\s+32-740 Łapanów/);
  assert.match(text, /Otwarte teraz, do 16:00/);
  assert.match(text, /poniedziałek 8\.00- 16\.00 , wtorek, środa,czwartek i piątek 7\.30- 15\.30/, 'the source\'s own words beside the table');
  assert.match(text, /Źródło: Rejestr Jednostek Pomocy Społecznej .*eksport, stan na 6 marca 2026\./);
  await app.assertAccessible('gmina with office hours');

  await app.goto('/gmina/120107');
  assert.match(await app.mainText(), /Źródło oznacza te dane jako wymagające weryfikacji/);
  await app.close();
});

test('a gmina\'s page lists its Senior+ day homes and clubs, says to ask the centre, and names the list', async () => {
  const app = await App.open(env, { viewport: PHONE });
  const { page } = app;
  // Wieprz (powiat wadowicki) has a club and a day home; the page is written at build time.
  await app.goto('/gmina/121810/');
  const section = page.locator('section', { has: page.locator('h2', { hasText: 'Dzienne domy i kluby Senior+' }) });
  await section.waitFor();
  const cards = (await section.locator('li.card').allInnerTexts()).map(normalise);
  assert.equal(cards.length, 2, cards.join(' | '));
  assert.ok(cards.some((c) => /^Klub Senior\+/.test(c) && /ul\. Centralna 7/.test(c)), cards.join(' | '));
  assert.ok(cards.some((c) => /^Dzienny Dom Senior\+/.test(c) && /Podgórze 18/.test(c)), cards.join(' | '));
  const text = normalise(await section.innerText());
  assert.match(text, /Kto może przychodzić i czy to coś kosztuje, ustala gmina: zapytaj w ośrodku pomocy społecznej\./);
  assert.match(text, /Wykaz funkcjonujących ośrodków Senior\+ w Małopolsce, Małopolski Urząd Wojewódzki.*2 czerwca 2026/);
  assert.equal(await section.locator('h3[lang="pl"]').count(), 2);
  await app.assertAccessible('Senior+ on a gmina page');
  await app.assertNoHorizontalScroll();
  // A gmina the list does not name has no such section.
  await app.goto('/gmina/200502/');
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('h2', { hasText: 'Senior+' }).count(), 0);
  await app.close();
});

test('a village suggests its gmina, which the resident confirms', async () => {
  const app = await App.open(env);
  const { page } = app;
  await app.goto('/');
  await search(app, 'Szczawa');
  // The new gmina (2025) by its name; the village, by the GUS list of 2020, still in Kamienica.
  assert.deepEqual(await items(app, 0), ['Szczawa gmina wiejska, powiat limanowski, województwo małopolskie']);
  const towns = await items(app, 1);
  assert.ok(towns.includes('Szczawa wieś, gmina Kamienica, powiat limanowski, województwo małopolskie'), towns.join('\n'));
  await page.locator('#place-results .place-list').nth(1).locator('li', { hasText: 'gmina Kamienica' }).getByRole('link').click();
  await page.waitForURL(/\/gmina\/120705\/\?miejscowosc=Szczawa$/);
  await app.ready();
  assert.match(await app.mainText(), /Wybrano przez miejscowość Szczawa, która według wykazu GUS z 2020 roku leży w tej gminie\. To nie twoja gmina\? Wyszukaj ją jeszcze raz\./);
  await app.assertAccessible('gmina chosen through a village');
  // A name shared by 116 places (112 villages, 3 osady, 1 osada leśna) shows ten and offers every one
  // of them with one button; focus moves to the first one it showed.
  await app.goto('/');
  await search(app, 'Nowa Wieś');
  const nowaWies = (list) => list.filter((t) => /^Nowa Wieś (wieś|osada|osada leśna),/.test(t));
  assert.equal(nowaWies(await items(app, 1)).length, 10);
  await page.getByRole('button', { name: 'Pokaż wszystkie (116 miejscowości)' }).click();
  await page.waitForFunction(() => document.activeElement?.closest('li') === document.querySelectorAll('#place-results .place-list')[1].children[10]);
  assert.equal(nowaWies(await items(app, 1)).length, 116);
  await app.assertAccessible('every place of one name');
  // Enter with a single match opens it.
  await search(app, 'Jastrzębie-Zdrój');
  await page.locator('#place-search').press('Enter');
  await page.waitForURL(`${env.url}/gmina/246701/`);
  await app.close();
});

test('voivodeship and powiat pages lead down to every gmina; unknown codes find nothing', async () => {
  const app = await App.open(env, { viewport: DESK });
  const { page } = app;
  await app.goto('/');
  // The list of voivodeships is a disclosure under the search, downloaded when opened.
  await page.locator('details.voivodeships summary').click();
  await page.locator('details.voivodeships').getByRole('link', { name: 'lubelskie' }).click();
  await page.locator('main h1', { hasText: 'województwo lubelskie' }).waitFor();
  assert.equal(await page.title(), 'województwo lubelskie – Sprawdź wsparcie');
  assert.equal(await page.locator('main section:not(.keep)').count(), 24, 'the 24 powiats of lubelskie');
  await app.assertAccessible('voivodeship page');
  await page.getByRole('link', { name: 'powiat lubelski' }).click();
  await page.locator('main h1', { hasText: 'powiat lubelski' }).waitFor();
  assert.equal(await page.locator('main .place-list li').count(), 16);
  await app.assertAccessible('powiat page');
  await page.getByRole('link', { name: 'Konopnica' }).click();
  await page.waitForURL(`${env.url}/gmina/060908/`);
  for (const [path, words] of [['/gmina/999999', 'Nie ma gminy o takim kodzie TERYT.'], ['/powiat/9999', 'Nie ma powiatu ani województwa o takim kodzie TERYT.'], ['/gmina/12345', 'Pod tym adresem nic nie ma.']]) {
    await app.goto(path);
    assert.match(await app.mainText(), new RegExp(words.replace(/[.?]/g, '\\$&')), path);
  }
  await app.close();
});

test('the place pages in Ukrainian and English', async () => {
  for (const [locale, found, gmina] of [['uk-UA', /Знайдено: 2 ґміни/, 'Ґміна Konopnica'], ['en-GB', /Found: 2 gminas/, 'Gmina Konopnica']]) {
    const app = await App.open(env, { locale });
    const { page } = app;
    await app.goto('/');
    await search(app, 'Konopnica');
    assert.match(await page.locator('#place-results .result-count').innerText(), found);
    // Place names are proper names (WCAG 3.1.2): no lang of their own; GUS's Polish word for the
    // kind of place is marked.
    const towns = page.locator('#place-results .place-list').nth(1);
    assert.equal(await towns.locator('.place-where span').first().getAttribute('lang'), 'pl');
    await app.assertAccessible(`place search ${locale}`);
    for (const path of ['/gmina/060908', '/gmina/246701', '/wojewodztwo/06', '/powiat/0609']) {
      await app.goto(path);
      await app.assertAccessible(`${path} ${locale}`);
      await app.assertNoHorizontalScroll();
    }
    await app.goto('/gmina/060908');
    assert.equal(await page.locator('main h1').innerText(), gmina);
    await app.close();
  }
});
