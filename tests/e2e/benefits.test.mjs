// The benefits of the act on social assistance that every centre grants: the list and a page for each,
// written at build time in each language, readable without scripts, each statement with its article and
// the page it was read on, what the pages disagree on marked to confirm.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, DESK, PHONE, launch, normalise as asShown } from './harness.mjs';

const normalise = (text) => asShown(text).replace(/\s+/g, ' ').trim();

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const NAMES = ['Zasiłek stały', 'Zasiłek okresowy', 'Zasiłek celowy', 'Specjalny zasiłek celowy'];

test('the list of the act\'s benefits leads to each, and zasiłek stały gives its figures with their acts', async () => {
  const app = await App.open(env, { viewport: PHONE });
  const { page } = app;
  await app.goto('/zasilki/');
  assert.equal(await page.title(), 'Zasiłki z pomocy społecznej – Sprawdź wsparcie');
  assert.deepEqual((await page.locator('main li.card h2').allInnerTexts()).map(normalise), NAMES);
  await app.assertAccessible('the benefits');
  await app.assertNoHorizontalScroll();
  await page.getByRole('link', { name: 'Zasiłek stały' }).click();
  await page.waitForURL(/\/zasilki\/zasilek-staly\/$/);
  await page.locator('main h1', { hasText: 'Zasiłek stały' }).waitFor();
  assert.equal(await page.title(), 'Zasiłek stały – Sprawdź wsparcie');
  const figures = page.locator('dl.figures');
  const rows = (await figures.locator('.fact').allInnerTexts()).map(normalise);
  assert.equal(rows.length, 4, rows.join(' | '));
  assert.match(rows[0], /130%.*art\. 37 ust\. 2 pkt 1, od 1 stycznia 2024.*Dz\.U\. 2023 poz\. 1693/);
  assert.match(rows[1], /1 229,00 zł.*od 1 stycznia 2025.*Dz\.U\. 2024 poz\. 1044/);
  // The pages disagree on the rule in a family: said so, at the figure and below.
  assert.match(rows[2], /130% \(do potwierdzenia\)/);
  assert.match(rows[3], /100,00 zł/);
  const text = normalise(await app.mainText());
  assert.match(text, /Do potwierdzenia .*1069,90 zł/);
  // Each statement with its article and the page it was read on.
  assert.match(text, /art\. 37 ust\. 1, art\. 6 · Samorząd Infor\.pl: Waloryzacja od 1 stycznia 2024 r\., opublikowano wrzesień 2023, odczytano listopad 2026/);
  // The page's name is the link to it.
  const link = page.getByRole('link', { name: 'Samorząd Infor.pl: Waloryzacja od 1 stycznia 2024 r.' }).first();
  assert.match(await link.getAttribute('href'), /^https:\/\/samorzad\.infor\.pl\//);
  assert.match(text, /o przyznaniu zasiłku i jego kwocie decyduje ośrodek/);
  await app.assertAccessible('zasiłek stały');
  await app.assertNoHorizontalScroll();
  await app.close();
});

test('a benefit\'s page is written whole at build time, and in Ukrainian marks the act\'s words as Polish', async () => {
  const off = await App.open(env, { viewport: DESK, javaScript: false });
  await off.page.goto(`${env.url}/zasilki/zasilek-okresowy/`);
  const text = normalise(await off.page.locator('main').innerText());
  assert.match(text, /Zasiłek okresowy/);
  assert.match(text, /Rada gminy może uchwałą podwyższyć kwoty dochodu/, 'the council may raise the limit (art. 8 ust. 2)');
  assert.match(text, /Co najmniej 20,00 zł/);
  await off.close();

  const app = await App.open(env, { viewport: PHONE });
  const { page } = app;
  await app.goto('/uk/zasilki/zasilek-celowy/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
  await page.locator('main h2', { hasText: 'Хто може її отримати' }).waitFor();
  assert.equal(await page.locator('main h1 [lang="pl"]').innerText(), 'Zasiłek celowy');
  // Every statement of the act is Polish text, marked so on the Ukrainian page.
  const statements = page.locator('main ul.statements > li > p:first-child');
  assert.ok((await statements.count()) >= 4);
  for (const lang of await statements.evaluateAll((spans) => spans.map((s) => s.getAttribute('lang')))) {
    assert.equal(lang, 'pl');
  }
  await app.assertAccessible('zasiłek celowy in Ukrainian');
  await app.close();
});

test('every gmina\'s page, in each language, and the first page offer the four benefits', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const slugs = ['zasilek-staly', 'zasilek-okresowy', 'zasilek-celowy', 'specjalny-zasilek-celowy'];
  let pages = 0;
  for (const prefix of ['', 'uk/', 'en/']) {
    const gminas = readdirSync(`dist/${prefix}gmina`);
    assert.equal(gminas.length, 2479, prefix);
    for (const file of [...gminas.map((code) => `dist/${prefix}gmina/${code}/index.html`), `dist/${prefix}index.html`]) {
      const html = readFileSync(file, 'utf8');
      const section = html.slice(html.indexOf('aria-labelledby="benefits"'));
      for (const slug of slugs) {
        assert.ok(section.includes(`href="/${prefix}zasilki/${slug}/"`), `${file}: ${slug}`);
      }
      assert.ok(section.includes('art. 8 ust. 2'), `${file}: the council may raise the limits`);
      pages += 1;
    }
  }
  assert.equal(pages, 3 * 2480);
});
