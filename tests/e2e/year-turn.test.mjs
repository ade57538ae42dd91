// Right on any day: the pages on the days that change what they say. The last day of 2026, when every
// "edycja 2026" still runs; 1 January 2027, when each has ended; 1 June 2027; and 1 January 2029, after
// "Posiłek w szkole i w domu" 2024–2028. The first page, a gmina with an edition (Dobra), a gmina without
// one (Klucze), a gmina whose 2026 contract of the meals programme ended (Wadowice) and a project page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, launch, normalise as asShown } from './harness.mjs';

/** The text as shown, each run of spaces and line breaks one space. */
const normalise = (text) => asShown(text).replace(/\s+/g, ' ').trim();

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const AOON = 'Asystent osobisty osoby z niepełnosprawnością';
const OW = 'Opieka wytchnieniowa';
const MEALS = 'Posiłek w szkole i w domu';
/** 10:00 in Poland on a day. */
const at = (day) => new Date(`${day}T10:00:00+01:00`);

async function titles(locator) {
  return (await locator.allInnerTexts()).map(normalise);
}

test('the first page: "Trwa teraz" holds only what runs on the day, ended yearly editions say so, and nothing is said plainly', async () => {
  const expected = {
    '2026-12-31': { now: [AOON, OW, MEALS], yearly: [], ask: null },
    '2027-01-01': { now: [MEALS], yearly: [AOON, OW], ask: 'edycję 2027' },
    '2027-06-01': { now: [MEALS], yearly: [AOON, OW], ask: 'edycję 2027' },
    '2029-01-01': { now: [], yearly: [AOON, OW], ask: 'edycję 2029' },
  };
  for (const [day, want] of Object.entries(expected)) {
    const app = await App.open(env, { clock: at(day) });
    await app.goto('/');
    const now = app.page.locator('section[aria-labelledby="home-now"]');
    await now.waitFor();
    const running = await titles(now.locator('.programme-title'));
    assert.equal(running.length, want.now.length, `${day}: ${running.join(' | ')}`);
    want.now.forEach((name, i) => assert.ok(running[i].includes(name), `${day}: ${running[i]}`));
    assert.ok(!running.some((t) => t.includes('edycja 2026')) || day === '2026-12-31', `${day}: an ended edition in "Trwa teraz"`);
    if (want.now.length === 0) {
      assert.match(normalise(await now.innerText()), /Dziś nie trwa żaden z programów, które znamy\./, day);
    } else {
      // Each card says its dates and where they come from.
      assert.equal(await now.locator('li.card', { hasText: 'Skąd daty' }).count(), want.now.length, day);
    }
    const yearly = app.page.locator('section[aria-labelledby="home-yearly"]');
    assert.equal(await yearly.count(), want.yearly.length ? 1 : 0, day);
    if (want.yearly.length) {
      const cards = yearly.locator('li.card');
      assert.equal(await cards.count(), want.yearly.length, day);
      for (const card of await cards.all()) {
        const text = normalise(await card.innerText());
        assert.match(text, /Edycja 2026 zakończyła się/, `${day}: ${text}`);
        assert.ok(text.includes(`Zapytaj w ośrodku, czy prowadzi ${want.ask}.`), `${day}: ${text}`);
        assert.doesNotMatch(text, /prowadzi ten program\./, 'never that it runs, never the old question');
      }
    }
    await app.assertAccessible(`first page on ${day}`);
    await app.close();
  }
});

test('a gmina with an edition (Dobra): the edition runs to the year\'s end, then is among the ended with the year to ask about', async () => {
  for (const day of ['2026-12-31', '2027-01-01', '2027-06-01', '2029-01-01']) {
    const app = await App.open(env, { clock: at(day) });
    const { page } = app;
    await app.goto('/gmina/120703/');
    await page.locator('#gmina-projects').waitFor();
    await page.locator('#gmina-now').waitFor();
    const nowCards = await titles(page.locator('ul[aria-labelledby="gmina-now"] li.card .card-title'));
    const pastCards = page.locator('ul[aria-labelledby="gmina-past"] li.card', { hasText: AOON });
    const national = await titles(page.locator('ul[aria-labelledby="gmina-national"] li.card .programme-title'));
    if (day === '2026-12-31') {
      assert.ok(nowCards.some((t) => t.includes(AOON)), `${day}: ${nowCards.join(' | ')}`);
      assert.equal(await pastCards.count(), 0);
      assert.ok(!national.some((t) => t.includes(AOON)), 'Dobra runs its own');
    } else {
      assert.ok(!nowCards.some((t) => t.includes(AOON)), `${day}: an ended edition in "Trwa teraz"`);
      const card = normalise(await pastCards.first().innerText());
      assert.match(card, /Edycja 2026 zakończyła się 31 grudnia 2026\./, `${day}: ${card}`);
      assert.ok(card.includes(`Zapytaj w ośrodku, czy prowadzi edycję ${day.slice(0, 4)}.`), `${day}: ${card}`);
      if (nowCards.length === 0) {
        assert.match(normalise(await app.mainText()), /Trwa teraz Dziś nie trwa żaden projekt ani program z naszego katalogu/, day);
      }
      // Its own edition's card says it ended: the programme is not named twice.
      assert.ok(!national.some((t) => t.includes(AOON)), `${day}: ${national.join(' | ')}`);
    }
    assert.equal(national.some((t) => t.includes(MEALS)), day !== '2029-01-01', `${day}: ${national.join(' | ')}`);
    await app.assertAccessible(`Dobra on ${day}`);
    await app.close();
  }
});

test('a gmina without an edition (Klucze): the programmes to ask about, each with its dates, ended yearly ones with the year to ask about', async () => {
  for (const day of ['2026-12-31', '2027-01-01', '2027-06-01', '2029-01-01']) {
    const app = await App.open(env, { clock: at(day) });
    const { page } = app;
    await app.goto('/gmina/121204/');
    const national = page.locator('ul[aria-labelledby="gmina-national"] li.card');
    await national.first().waitFor();
    const text = normalise(await national.allInnerTexts().then((t) => t.join(' || ')));
    const cards = await titles(national.locator('.programme-title'));
    assert.equal(cards.some((t) => t.includes(MEALS)), day !== '2029-01-01', `${day}: ${cards.join(' | ')}`);
    assert.ok(cards.some((t) => t.includes(AOON)) && cards.some((t) => t.includes(OW)), `${day}: ${cards.join(' | ')}`);
    if (day === '2026-12-31') {
      assert.doesNotMatch(text, /zakończyła się/);
      assert.match(text, /Nie wiemy, czy ośrodek pomocy społecznej w gminie Klucze prowadzi ten program\./);
    } else {
      assert.equal((text.match(/Edycja 2026 zakończyła się/g) ?? []).length, 2, `${day}: ${text}`);
      assert.ok(text.includes(`Zapytaj w ośrodku, czy prowadzi edycję ${day.slice(0, 4)}.`), text);
    }
    assert.match(text, /Okres realizacji/);
    assert.match(text, /Skąd daty/);
    // The directory's centre, with both numbers of its cell.
    assert.match(normalise(await app.mainText()), /32 642 84 67 32 642 94 01/);
    await app.close();
  }
});

test('a gmina whose 2026 contract of the meals programme ended (Wadowice) is still told of the programme', async () => {
  const app = await App.open(env, { clock: at('2027-06-01') });
  await app.goto('/gmina/121809/');
  const meals = app.page.locator('ul[aria-labelledby="gmina-national"] li.card', { hasText: MEALS });
  await meals.waitFor();
  assert.match(normalise(await meals.innerText()), /Ośrodek pomocy społecznej w gminie Wadowice prowadził ten program w 2026 r\. Zapytaj w ośrodku, czy prowadzi go nadal\./);
  await app.close();
});

test('a project page: the edition runs on 31 December 2026 and has ended the day after, on any later day', async () => {
  for (const day of ['2026-12-31', '2027-01-01', '2027-06-01', '2029-01-01']) {
    const app = await App.open(env, { clock: at(day) });
    await app.goto('/projekt/asystent-osobisty-2026-dobra/');
    const box = app.page.locator('.status-box');
    await box.waitFor();
    const text = normalise(await box.innerText());
    if (day === '2026-12-31') {
      assert.match(text, /W realizacji/);
      assert.match(text, /Nabór zakończony 31 sierpnia 2025; program trwa do 31 grudnia 2026\./);
    } else {
      assert.match(text, /Zakończony/, `${day}: ${text}`);
      assert.match(text, /Edycja 2026 zakończyła się 31 grudnia 2026\./);
      assert.ok(text.includes(`Zapytaj w ośrodku, czy prowadzi edycję ${day.slice(0, 4)}.`), text);
    }
    await app.close();
  }
});
