// Text is text: whatever a file or the device holds (a catalogue or data file, an imported file, a
// stored value) is shown as text, never read as markup, and no link leads to a `javascript:` address.
// The data of powiat limanowski and Dobra's centre file are given markup and script in names,
// addresses, notes and website fields; so are an imported declaration and stored answers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompress } from '../../scripts/precompress.mjs';
import { App, DESK, copyOfBuild, launch } from './harness.mjs';

const SCRIPT = (where) => `<script>window.pwned="${where}"</script>`;
const IMG = (where) => `<img src=x onerror="window.pwned='${where}'">`;
const JS = (where) => `javascript:window.pwned='${where}'`;

let env;
let site;
before(async () => {
  site = copyOfBuild('sprawdz-text-');
  const powiat = join(site, 'data/1/powiat/1207.json');
  const data = JSON.parse(readFileSync(powiat, 'utf8'));
  const { centre, projects } = data.catalogue.find((c) => c.centre.id === 'gops-dobra');
  centre.name = `Ośrodek ${SCRIPT('centre name')}`;
  centre.short_name = `GOPS ${IMG('short name')}`;
  centre.source.url = JS('centre source');
  const project = projects[0];
  project.title = `Asystent ${SCRIPT('title')}`;
  project.how_to_apply.text = `Złóż ${IMG('how to apply')} kartę`;
  project.notes = [`<a href="${JS('note')}">kliknij</a>`];
  project.source.url = JS('project source');
  const directory = data.centres.find((c) => c.gmina === '120703');
  directory.name = `MOPS ${IMG('directory name')}`;
  directory.address.street = `ul. ${SCRIPT('street')}`;
  directory.website = JS('website');
  writeFileSync(powiat, JSON.stringify(data));
  const file = join(site, 'catalogue/gops-dobra.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), centre, projects }));
  // The changed files' brotli copies made again, as `make dist` makes them: nginx sends those.
  await precompress(site);
  env = await launch(site);
});
after(async () => {
  await env?.close();
  rmSync(site, { recursive: true, force: true });
});

// A day after every page written at build time stops holding: the app draws each page from the data.
const LATER = new Date('2031-06-02T10:00:00+02:00');

async function assertOnlyText(app, label) {
  const { page } = app;
  await app.painted();
  const found = await page.evaluate(() => ({
    pwned: window.pwned ?? null,
    images: document.querySelectorAll('main img, main script, main [onerror]').length,
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(https?:|\/|#|tel:|mailto:|\?)/.test(h)),
  }));
  assert.deepEqual(found, { pwned: null, images: 0, links: [] }, label);
}

test('markup and script in the catalogue and directory data are shown as text', async () => {
  const app = await App.open(env, { viewport: DESK, clock: LATER });
  const { page } = app;
  await app.goto('/projekt/asystent-osobisty-2026-dobra/');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), 'started', 'drawn by the app from the data');
  await page.locator('main h1', { hasText: `Asystent ${SCRIPT('title')}` }).waitFor();
  const text = await page.locator('main').innerText();
  for (const shown of [`Złóż ${IMG('how to apply')} kartę`, `<a href="${JS('note')}">kliknij</a>`, `Ośrodek ${SCRIPT('centre name')}`]) {
    assert.ok(text.includes(shown), `${shown} shown as text`);
  }
  await assertOnlyText(app, 'project page');
  await app.goto('/gmina/120703/');
  await page.locator('main', { hasText: `MOPS ${IMG('directory name')}` }).waitFor().catch(() => {});
  assert.ok((await page.locator('main').innerText()).includes(`ul. ${SCRIPT('street')}`), 'the address as text');
  await assertOnlyText(app, 'gmina page');
  await app.close();
});

test('markup in an imported declaration and in stored answers is shown as text', async () => {
  const app = await App.open(env, { viewport: DESK });
  const { page } = app;
  await app.goto('/');
  const answers = {
    schema: 4,
    data: { state: { projects: [], household: { schema: 3, gmina: IMG('gmina'), gmina_code: '240601', members: [{ role: 'applicant', age: 40 }] }, answered: ['gmina'], as_of: null }, saved_on: '2026-12-01' },
  };
  await page.evaluate((v) => localStorage.setItem('sprawdz-wsparcie.odpowiedzi', v), JSON.stringify(answers));
  await app.goto('/sprawdz/dokumenty');
  const declaration = {
    schema: 2, id: 'd0000000000009-xss1', project_id: 'klobuckie-centrum-uslug-spolecznych', created: '2026-11-20',
    person: { first_name: SCRIPT('first name'), surname: IMG('surname'), pesel: '', street: `<b>ul.</b>`, house: '5', flat: '',
      postcode: '42-100', town: 'Kłobuck', gmina: 'Kłobuck', phone: '', email: '' },
    category: null,
    social: { minority_or_migrant: 'refuse', homeless: 'no', disability: 'no', jobless_household: 'refuse',
      jobless_household_with_children: 'refuse', single_adult_with_children: 'no', other_disadvantage: 'refuse' },
  };
  const file = JSON.stringify({ kind: 'sprawdz-wsparcie/deklaracje', version: 1, declarations: [declaration] });
  await page.locator('#import-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const card = page.locator('li.document-card', { hasText: SCRIPT('first name') });
  await card.waitFor();
  assert.ok((await card.innerText()).includes(IMG('surname')));
  await assertOnlyText(app, 'documents');
  await app.goto('/sprawdz/odpowiedzi/');
  await page.locator('.summary-row', { hasText: IMG('gmina') }).waitFor();
  await assertOnlyText(app, 'answers');
  await app.goto('/sprawdz/wydruk/?id=d0000000000009-xss1');
  await page.locator('main', { hasText: SCRIPT('first name') }).waitFor();
  await assertOnlyText(app, 'print view');
  await app.close();
});
