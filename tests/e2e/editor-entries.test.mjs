// The editor can enter every shipped entry as its file has it. Every fact of each of the 22 shipped centre
// files (the 17 entries of 2026 and the five seed projects) has its field on the editor's pages once the
// file is opened (the native test `tests/editor_entries.rs` enters each one through the same fields and
// compares the file); and one entry of a national programme, Józefów nad Wisłą's edition of "Opieka
// wytchnieniowa", is typed and clicked in from a new file, as a clerk would, and downloads as the
// shipped file to the character. axe on the pages with the new fields.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { App, DESK, PHONE, launch } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const DEC_2026 = new Date('2026-12-03T10:00:00+01:00');
const NOT_CENTRE_FILES = ['index.json', 'parameters.json', 'programmes.json'];

/** The id of the control that edits `path`, as `editor::field::field_id` makes it. */
function fieldId(path) {
  let id = 'f-';
  for (const c of path) {
    if (/[A-Za-z0-9_]/.test(c)) id += c;
    else if ((c === '.' || c === '[') && !id.endsWith('-')) id += '-';
  }
  return id;
}

/**
 * The paths of a file's facts, each with the ids that may edit it: a list of texts is one field (its
 * first item stands for a list of gminas' codes, each its own line); a condition's kind (and the parameter
 * it is measured against) is the condition's own box; what the start page gives (the gmina, its code and
 * voivodeship, the file's version) has no field.
 */
function facts(value, path, out = []) {
  const key = path.split('.').pop().replace(/\[\d+\]$/, '');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    out.push([path, [fieldId(path), `${fieldId(path)}-0`]]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => facts(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) facts(v, path ? `${path}.${k}` : k, out);
  } else if (key === 'criterion' || key === 'parameter') {
    out.push([path, [fieldId(path.slice(0, path.lastIndexOf('.')))]]);
  } else if (!['schema', 'centre.gmina', 'centre.teryt', 'centre.voivodeship'].includes(path)) {
    out.push([path, [fieldId(path)]]);
  }
  return out;
}

async function idsOnPage(page) {
  return new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id)));
}

function missing(all, ids) {
  return all.filter(([, candidates]) => !candidates.some((id) => ids.has(id))).map(([path]) => path);
}

test('every fact of every shipped centre file has its field on the editor\'s pages', async () => {
  const files = readdirSync('public/catalogue').filter((f) => f.endsWith('.json') && !NOT_CENTRE_FILES.includes(f)).sort();
  assert.equal(files.length, 22);
  const app = await App.open(env, { viewport: DESK, clock: DEC_2026 });
  const { page } = app;
  const lacking = [];
  let entries = 0;
  let checked = 0;
  for (const name of files) {
    const file = JSON.parse(readFileSync(`public/catalogue/${name}`, 'utf8'));
    await app.goto('/dla-osrodkow/');
    await page.locator('#editor-file').setInputFiles(`public/catalogue/${name}`);
    await page.waitForURL(/\/dla-osrodkow\/osrodek\/\?szkic=/);
    await app.ready();
    await page.locator('#f-centre-name').waitFor();
    const centreFacts = facts(file.centre, 'centre');
    checked += centreFacts.length;
    const centre = missing(centreFacts, await idsOnPage(page));
    lacking.push(...centre.map((p) => `${name}: ${p}`));
    for (const [i, project] of file.projects.entries()) {
      await page.locator('.draft-list a', { hasText: project.title }).first().click();
      await page.locator(`#${fieldId(`projects[${i}].title`)}`).waitFor();
      // The page opens with every fact of the file and no problem.
      await page.locator('.success-box').waitFor();
      const projectFacts = facts(project, `projects[${i}]`);
      checked += projectFacts.length;
      const found = missing(projectFacts, await idsOnPage(page));
      lacking.push(...found.map((p) => `${name}: ${p}`));
      entries += 1;
      await page.getByRole('link', { name: 'Wróć do danych ośrodka' }).first().click();
      await page.locator('#f-centre-name').waitFor();
    }
  }
  assert.equal(entries, 22);
  assert.ok(checked >= entries * 10, `only ${checked} facts checked`);
  assert.deepEqual(lacking, [], `facts without a field:\n${lacking.join('\n')}`);
  await app.close();
});

test('a clerk enters Józefów nad Wisłą\'s edition of "Opieka wytchnieniowa" from a new file, and it downloads as the shipped file', async () => {
  const shipped = readFileSync('public/catalogue/ops-jozefow-nad-wisla.json', 'utf8');
  const app = await App.open(env, { viewport: PHONE, clock: DEC_2026 });
  const { page } = app;
  const fill = (id, text) => page.locator(`#${id}`).fill(text);
  const date = async (id, [day, month, year]) => {
    await fill(id, day);
    await fill(`${id}-1`, month);
    await fill(`${id}-2`, year);
  };
  await app.goto('/dla-osrodkow/');
  await fill('editor-gmina', 'Józefów nad Wisłą');
  await page.locator('#place-results .place-list button', { hasText: /^Józefów nad Wisłą$/ }).first().click();
  await page.locator('#editor-gmina-chosen', { hasText: 'Józefów nad Wisłą' }).waitFor();
  await page.getByRole('button', { name: 'Zacznij nowy plik dla tej gminy' }).click();
  await page.waitForURL(/\/dla-osrodkow\/osrodek\/\?szkic=061202-\d+$/);
  await app.ready();

  await fill('f-centre-name', 'Ośrodek Pomocy Społecznej w Józefowie nad Wisłą');
  await fill('f-centre-short_name', 'OPS Józefów nad Wisłą');
  await fill('f-centre-id', 'ops-jozefow-nad-wisla');
  await fill('f-centre-address-street', 'ul. Opolska 33E/10');
  await fill('f-centre-address-postcode', '24-340');
  await fill('f-centre-address-town', 'Józefów nad Wisłą');
  await date('f-centre-checked_on', ['28', '11', '2026']);
  const source = async (at) => {
    await fill(`${at}-title`, 'Strona Gminy Józefów nad Wisłą');
    await fill(`${at}-url`, 'https://gminajozefow.pl/informacja-o-naborze-wnioskow-do-programu-opieka-wytchnieniowa');
    await date(`${at}-read_on`, ['28', '11', '2026']);
    await page.locator(`#${at}-cut_off`).check();
    // The catalogue's copy of the page, which its maintainers fill in, is folded away until opened.
    await page.locator(`#${at}-page`).locator('xpath=ancestor::details').locator('summary').click();
    await fill(`${at}-page`, 'projects-2026/016_jozefow-nad-wisla-opieka-wytchnieniowa-2026.txt');
  };
  await source('f-centre-source');
  await page.locator('.success-box', { hasText: 'Edytor nie znalazł żadnego problemu' }).waitFor();

  await page.getByRole('button', { name: 'Dodaj projekt' }).click();
  await page.waitForURL(/\/dla-osrodkow\/projekt\/\?szkic=061202-\d+&p=1$/);
  await app.ready();
  await fill('f-projects-0-title', 'Opieka wytchnieniowa – edycja 2026');
  await fill('f-projects-0-id', 'opieka-wytchnieniowa-2026-jozefow-nad-wisla');
  await page.getByLabel('Program (edycja)').check();
  // The programme it runs, by its name as its documents write it.
  await page.getByLabel('„Opieka wytchnieniowa” dla Jednostek Samorządu Terytorialnego – edycja 2026').check();
  // Recruitment announced without its last day: said so, never that it is open.
  await page.getByLabel('Źródło ogłasza nabór').check();
  await page.locator('#f-projects-0-recruitment-end_not_stated').check();
  await fill('f-projects-0-participants-count', '10');
  await page.getByRole('group', { name: 'Co to za liczba' }).getByLabel('Planowana', { exact: true }).check();
  await page.getByRole('group', { name: 'Kogo liczy źródło' }).getByLabel('Rodziny').check();
  await fill('f-projects-0-services', 'Usługa opieki wytchnieniowej w miejscu zamieszkania osoby z niepełnosprawnością, średnio 63 godziny na osobę');
  await fill('f-projects-0-how_to_apply-text', 'Zgłoszenia składa się na Karcie zgłoszenia (załącznik nr 7 do Programu „Opieka wytchnieniowa” – edycja 2026): osobiście w siedzibie Ośrodka Pomocy Społecznej w Józefowie nad Wisłą, ul. Opolska 33E/10, 24-340 Józefów nad Wisłą, albo pocztą na ten adres.');
  await fill('f-projects-0-how_to_apply-documents', 'Karta zgłoszenia (załącznik nr 7 do Programu „Opieka wytchnieniowa” – edycja 2026)');
  await fill('f-projects-0-notes', 'Zaplanowano wsparcie dla 10 rodzin (2 dzieci i 8 dorosłych).');
  await date('f-projects-0-checked_on', ['28', '11', '2026']);
  await source('f-projects-0-source');
  await page.locator('.success-box', { hasText: 'Edytor nie znalazł żadnego problemu' }).waitFor();
  await app.assertAccessible('editor project of a programme edition');
  await app.assertNoHorizontalScroll();

  await page.getByRole('link', { name: 'Wróć do danych ośrodka' }).first().click();
  await app.ready();
  await page.getByRole('link', { name: 'Sprawdź i pobierz plik' }).click();
  await page.waitForURL(/\/dla-osrodkow\/plik\/\?szkic=/);
  await app.ready();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Pobierz plik' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'ops-jozefow-nad-wisla.json');
  const text = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  assert.equal(text, shipped);
  await app.close();
});
