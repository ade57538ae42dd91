// Every piece of catalogue or place text is marked Polish (WCAG 3.1.2, language of parts): on each page of
// the Ukrainian and English sites, as written at build time (no script) and as the app draws it, every
// text is walked and Polish words in an element whose language is not Polish fail the test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, launch } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// Pages of every kind: the first page, a gmina with a programme's edition and one with only the
// directory's centre, a voivodeship and a powiat, a project of each kind, a centre, the list, the checker.
const PAGES = ['/', '/gmina/120703/', '/gmina/121204/', '/gmina/146501/', '/wojewodztwo/12/', '/powiat/1207/',
  '/projekt/asystent-osobisty-2026-dobra/', '/projekt/fepz-podprogram-2025-urszulin/',
  '/projekt/posilek-w-szkole-i-w-domu-2026-wadowice/', '/projekt/jastrzebie-zdroj-miasto-rodziny/',
  '/osrodek/gops-dobra/', '/projekty/', '/sprawdz/', '/sprawdz/projekt/asystent-osobisty-2026-dobra/'];

/** Every text outside a Polish element that reads as Polish, with the path of elements to it. */
function polishOutsidePolish() {
  // Letters of Polish and no other language of these pages; words with none of them that are Polish only.
  const LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;
  const WORDS = /\b(dla|oraz|jest|przez|lub|albo|edycja|dotacja|celowa|gminy|gminie|miejski|gminny|rodzin|osoby|pomocy|strona|projekt|wojewodztwo)\b/i;
  // A currency sign is not a language (amounts are written the Polish way in every language), nor is a
  // web address.
  const ALLOWED = /\d\s*zł|[\w.-]+\.(?:pl|eu|org|com)(?:\/\S*)?/g;
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest('script, style, noscript, template')) continue;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
    if (lang === 'pl' || lang.startsWith('pl-')) continue;
    const text = node.textContent.replace(ALLOWED, '');
    if (LETTERS.test(text) || WORDS.test(text)) {
      const path = [];
      for (let e = element; e && e !== document.body; e = e.parentElement) {
        path.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''));
      }
      found.push(`${path.join(' > ')} [lang=${lang}]: "${node.textContent.trim().slice(0, 80)}"`);
    }
  }
  return found;
}

// As written (no script), as written with its islands alive (today), and as the app draws it (1 June 2027,
// a day the written pages no longer hold for).
const WAYS = [
  { how: 'as written at build time, without scripts', javaScript: false },
  { how: 'as written, with its islands', javaScript: true },
  { how: 'as the app draws it (1 June 2027)', javaScript: true, clock: new Date('2027-06-01T08:00:00Z') },
];

for (const code of ['uk', 'en']) {
  for (const { how, javaScript, clock } of WAYS) {
    test(`/${code}/: every Polish text is marked lang="pl", ${how}`, async () => {
      const app = await App.open(env, { locale: code === 'uk' ? 'uk-UA' : 'en-GB', javaScript, clock });
      const unmarked = [];
      // The list of every project is drawn by the app only.
      for (const path of PAGES.filter((p) => javaScript || p !== '/projekty/')) {
        if (javaScript) await app.goto(`/${code}${path}`);
        else await app.page.goto(`${app.base}/${code}${path}`);
        const lang = await app.page.evaluate(() => document.documentElement.lang);
        assert.equal(lang, code, `${path}: <html lang>`);
        for (const f of await app.page.evaluate(polishOutsidePolish)) unmarked.push(`${path}: ${f}`);
      }
      assert.deepEqual(unmarked, [], `Polish text not marked lang="pl":\n${unmarked.join('\n')}`);
      await app.close();
    });
  }
}

test('the detector finds Polish text in an element not marked Polish, and none in one that is', async () => {
  const app = await App.open(env, { locale: 'en-GB' });
  await app.goto('/en/');
  await app.page.evaluate(() => {
    const main = document.querySelector('main');
    main.insertAdjacentHTML('beforeend', '<p id="probe-a">budżet państwa (dotacja celowa)</p><p id="probe-b" lang="pl">małopolskie</p><p id="probe-c">Program edition 2026, 1 010,00 zł</p>');
  });
  const found = await app.page.evaluate(polishOutsidePolish);
  assert.equal(found.filter((f) => f.includes('budżet państwa')).length, 1, found.join('\n'));
  assert.ok(!found.some((f) => f.includes('małopolskie') || f.includes('Program edition')), found.join('\n'));
  await app.close();
});
