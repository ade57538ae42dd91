// The staff editor (`/dla-osrodkow`, a bundle of its own) as a centre's clerk uses it: a new file for
// Gmina Kamienica (powiat limanowski), each problem named at its field and in the summary, the draft
// kept over a reload, its conditions built (income up to 150% of the criterion), previewed and tried
// with a household that meets them and one that does not, the checked file downloaded; `wsparcie
// data` and `wsparcie validate` accept the catalogue with that file added, and the project shows on
// Kamienica's page. axe on every editor page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precompress } from '../../scripts/precompress.mjs';
import { App, DESK, PHONE, copyOfBuild, launch } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const DEC_2026 = new Date('2026-12-03T10:00:00+01:00');

async function fill(page, id, text) {
  await page.locator(`#${id}`).fill(text);
}

/** The role and description Chromium's accessibility tree gives the element at `selector`: what a
 * screen reader says of it beside its name. */
async function axNode(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    assert.ok(nodeId, `${selector} is on the page`);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return { role: nodes[0].role?.value, description: nodes[0].description?.value ?? '' };
  } finally {
    await cdp.detach();
  }
}

test('a clerk starts a file for Gmina Kamienica, fixes what the checks name and downloads a file the catalogue accepts', async () => {
  const app = await App.open(env, { viewport: PHONE, clock: DEC_2026 });
  const { page } = app;
  await app.goto('/dla-osrodkow/');
  assert.equal(await page.title(), 'Edytor projektów dla ośrodków – Sprawdź wsparcie');
  await app.assertAccessible('editor start');
  await app.assertNoHorizontalScroll();
  // No gmina picked yet: said at the field.
  await page.getByRole('button', { name: 'Zacznij nowy plik dla tej gminy' }).click();
  await page.locator('#editor-gmina-error', { hasText: 'Wybierz gminę z listy podpowiedzi.' }).waitFor();
  await fill(page, 'editor-gmina', 'Kamienica');
  await page.locator('#place-results .place-list button', { hasText: /^Kamienica$/ }).first().click();
  await page.locator('#editor-gmina-chosen', { hasText: 'Kamienica' }).waitFor();
  // The catalogue has no centre of Kamienica yet: said, with what to do.
  await page.getByRole('button', { name: 'Otwórz plik z katalogu' }).click();
  await page.locator('#editor-gmina-note', { hasText: 'Katalog nie ma jeszcze pliku ośrodka z gminy Kamienica' }).waitFor();
  await page.getByRole('button', { name: 'Zacznij nowy plik dla tej gminy' }).click();
  await page.waitForURL(/\/dla-osrodkow\/osrodek\/\?szkic=120705-\d+$/);
  await app.ready();
  assert.equal(await page.title(), 'Dane ośrodka – Sprawdź wsparcie');
  assert.match(await page.locator('main h1').innerText(), /Ośrodek w gminie Kamienica/);

  // Every field the file still needs is named, at the field and in the summary that links to it.
  const summary = page.locator('.error-summary');
  assert.match(await summary.locator('h2').innerText(), /Do poprawienia (jest|są) \d+ rzecz/);
  await page.locator('#f-centre-name-error', { hasText: 'pole jest puste' }).waitFor();
  await page.locator('#f-centre-checked_on-error').waitFor();
  await app.assertAccessible('editor centre with problems');
  await summary.locator('a[href="#f-centre-name"]').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-centre-name');

  // The centre as the ministry's register lists it (data/sources/ops: its address has no postcode).
  await fill(page, 'f-centre-name', 'Gminny Ośrodek Pomocy Społecznej Kamienica');
  await fill(page, 'f-centre-short_name', 'GOPS Kamienica');
  await fill(page, 'f-centre-id', 'gops-kamienica');
  await fill(page, 'f-centre-phones', '18 332-30-67');
  // An address is all of its fields: one typed, the others are named; all cleared, it goes.
  await fill(page, 'f-centre-address-street', 'Kamienica 420');
  await page.locator('#f-centre-address-postcode-error').waitFor();
  await page.locator('#f-centre-address-town-error', { hasText: 'pole jest puste' }).waitFor();
  await fill(page, 'f-centre-address-street', '');
  await page.locator('#f-centre-address-postcode-error').waitFor({ state: 'detached' });
  // Office hours typed in words are named at their day; as spans they are taken.
  await fill(page, 'f-centre-office_hours-mon', 'od ósmej');
  await page.locator('#f-centre-office_hours-mon-error', { hasText: 'Wpisz godziny jak 7:30-15:30' }).waitFor();
  await fill(page, 'f-centre-office_hours-mon', '7:30-15:30');
  await page.locator('#f-centre-office_hours-mon-error').waitFor({ state: 'detached' });
  // The day a person checked the facts must be a whole day of the calendar.
  await fill(page, 'f-centre-checked_on', '31');
  await fill(page, 'f-centre-checked_on-1', '11');
  await fill(page, 'f-centre-checked_on-2', '2026');
  await page.locator('#f-centre-checked_on-error', { hasText: 'Tego dnia nie ma w kalendarzu.' }).waitFor();
  // The error is said with the date's group of boxes, after its hint, as a screen reader hears it on
  // entering any of the boxes.
  const dateGroup = 'fieldset:has(> .date-parts #f-centre-checked_on)';
  const said = await axNode(page, dateGroup);
  assert.equal(said.role, 'group');
  assert.match(said.description, /Tego dnia nie ma w kalendarzu\./);
  assert.ok(said.description.indexOf(await page.locator('#f-centre-checked_on-hint').innerText()) === 0, said.description);
  await app.assertAccessible('editor date with an error');
  await fill(page, 'f-centre-checked_on', '3');
  await fill(page, 'f-centre-checked_on-1', '12');
  await page.locator('#f-centre-checked_on-error').waitFor({ state: 'detached' });
  assert.doesNotMatch((await axNode(page, dateGroup)).description, /kalendarzu/);
  await fill(page, 'f-centre-source-title', 'Informacja kierownika ośrodka');
  await fill(page, 'f-centre-source-publisher', 'GOPS Kamienica');
  // A source with no address has the date it was published.
  await fill(page, 'f-centre-source-published-1', '12');
  await fill(page, 'f-centre-source-published-2', '2026');
  await page.locator('.success-box', { hasText: 'Edytor nie znalazł żadnego problemu' }).waitFor();
  assert.equal(await page.title(), 'Dane ośrodka: Gminny Ośrodek Pomocy Społecznej Kamienica – Sprawdź wsparcie');
  await app.assertAccessible('editor centre without problems');
  await app.assertNoHorizontalScroll();

  // The draft is kept on the device: a reload shows everything as typed.
  await page.reload();
  await app.ready();
  assert.equal(await page.locator('#f-centre-office_hours-mon').inputValue(), '07:30-15:30');
  assert.equal(await page.locator('#f-centre-checked_on').inputValue(), '3');
  assert.equal(await page.locator('#f-centre-name').inputValue(), 'Gminny Ośrodek Pomocy Społecznej Kamienica');

  // A project: its page named by its key; a funding split that does not add up is named at the
  // budget's parts, and fixed.
  await page.getByRole('button', { name: 'Dodaj projekt' }).click();
  await page.waitForURL(/\/dla-osrodkow\/projekt\/\?szkic=120705-\d+&p=1$/);
  await app.ready();
  assert.equal(await page.title(), 'Projekt – Sprawdź wsparcie');
  await fill(page, 'f-projects-0-title', 'Aktywni w Kamienicy');
  await fill(page, 'f-projects-0-id', 'aktywni-w-kamienicy');
  await page.getByLabel('Ośrodek prowadzi projekt').check();
  await fill(page, 'f-projects-0-period-start-1', '1');
  await fill(page, 'f-projects-0-period-start-2', '2027');
  await fill(page, 'f-projects-0-period-end-1', '12');
  await fill(page, 'f-projects-0-period-end-2', '2027');
  await page.getByLabel('Osoby i rodziny zagrożone ubóstwem lub wykluczeniem społecznym').check();
  await fill(page, 'f-projects-0-target_groups_text', 'Mieszkańcy gminy Kamienica zagrożeni ubóstwem lub wykluczeniem społecznym.');
  await fill(page, 'f-projects-0-source-title', 'Regulamin rekrutacji');
  await fill(page, 'f-projects-0-source-publisher', 'GOPS Kamienica');
  await fill(page, 'f-projects-0-source-published-1', '12');
  await fill(page, 'f-projects-0-source-published-2', '2026');
  // A measure without its programme is named at the programme's field.
  await fill(page, 'f-projects-0-programme-measure', '8.2');
  await page.locator('#f-projects-0-programme-name-error').waitFor();
  await fill(page, 'f-projects-0-programme-name', 'Fundusze Europejskie dla Małopolski 2021-2027');
  await page.locator('#f-projects-0-programme-name-error').waitFor({ state: 'detached' });
  await fill(page, 'f-projects-0-budget-total', '100 000,00');
  await page.getByRole('button', { name: 'Dodaj źródło finansowania' }).click();
  await fill(page, 'f-projects-0-budget-parts-0-amount', '85 000');
  await page.getByRole('button', { name: 'Dodaj źródło finansowania' }).click();
  await page.locator('label[for="f-projects-0-budget-parts-1-source-2"]').click();
  await fill(page, 'f-projects-0-budget-parts-1-amount', '10 000');
  await page.locator('.budget-sum', { hasText: /Suma źródeł: 95\s000,00\szł, czyli 95,00% wartości projektu\./ }).waitFor();
  await page.getByLabel(/Te źródła to całe finansowanie projektu/).check();
  const split = page.locator('.error-summary a[href="#f-projects-0-budget-parts"]');
  await split.waitFor();
  await page.locator('#f-projects-0-budget-total-error').waitFor({ state: 'detached' });
  await app.assertAccessible('editor project with a funding split that does not add up');
  await app.assertNoHorizontalScroll();
  await fill(page, 'f-projects-0-budget-parts-1-amount', '15 000');
  await page.locator('.success-box', { hasText: 'Edytor nie znalazł żadnego problemu' }).waitFor();
  assert.equal(await page.title(), 'Projekt: Aktywni w Kamienicy – Sprawdź wsparcie');

  // Conditions: the residents of every gmina of powiat limanowski but Tymbark, income up to 150% of
  // the criterion, and a group within the group: 18 or older, or registered as unemployed.
  await page.getByRole('button', { name: 'Dodaj warunki udziału' }).click();
  const rule = 'f-projects-0-eligibility-rule';
  // A rule of one condition is that condition, as the files write it.
  await page.locator(`#${rule}-source-error`).waitFor();
  await fill(page, `${rule}-source`, 'Regulamin rekrutacji, § 2');
  const residence = page.locator(`#${rule}`);
  await residence.locator('.rule-gminas li', { hasText: 'Kamienica' }).waitFor();
  await residence.getByRole('button', { name: 'Dodaj gminy powiatu' }).click();
  await residence.locator('.rule-gminas li', { hasText: 'Tymbark' }).waitFor();
  // Thirteen since Szczawa became a gmina (2025); Limanowa the town and the rural gmina told apart.
  assert.equal(await residence.locator('.rule-gminas li').count(), 13);
  await residence.locator('.rule-gminas li', { hasText: 'Limanowa (gmina miejska)' }).waitFor();
  // The twelve besides the centre's own are in the project's area, for their residents to find it.
  const area = page.locator('#f-projects-0-area-gminas').locator('..');
  assert.equal(await area.locator('.rule-gminas li').count(), 12);
  await residence.getByRole('button', { name: 'Usuń gminę Tymbark (gmina wiejska)' }).click();
  await residence.locator('.rule-gminas li', { hasText: 'Tymbark' }).waitFor({ state: 'detached' });
  await area.locator('.rule-gminas li', { hasText: 'Tymbark' }).waitFor({ state: 'detached' });
  const addTo = (group, name) => page.locator(`#${group} > .rule-add button`, { hasText: name }).click();
  // A second condition makes the rule a group of all of them, the residence first with its source.
  await page.locator(`#${rule}-new`).selectOption('income');
  await page.locator('.rules-builder > .rule-add button', { hasText: 'Dodaj warunek' }).click();
  assert.equal(await page.locator(`#${rule}-all-0-source`).inputValue(), 'Regulamin rekrutacji, § 2');
  await page.locator(`#${rule}-all-1-percent-error`).waitFor();
  await fill(page, `${rule}-all-1-percent`, '150');
  await fill(page, `${rule}-all-1-source`, 'Regulamin rekrutacji, § 3 ust. 1');
  await page.locator(`#${rule}-all-1-percent-error`).waitFor({ state: 'detached' });
  await page.locator(`#${rule}-new`).selectOption('age');
  await addTo(rule, 'Dodaj grupę z tym warunkiem');
  await fill(page, `${rule}-all-2-any-0-min`, '18');
  await fill(page, `${rule}-all-2-any-0-source`, 'Regulamin rekrutacji, § 3 ust. 2');
  await page.locator(`#${rule}-all-2-new`).selectOption('registered_unemployed');
  await addTo(`${rule}-all-2`, 'Dodaj warunek');
  await fill(page, `${rule}-all-2-any-1-source`, 'Regulamin rekrutacji, § 3 ust. 2');
  // Two conditions of one name: said at the conditions, and fixed.
  await fill(page, `${rule}-all-1-id`, 'zamieszkanie');
  await page.locator('#f-projects-0-eligibility-error', { hasText: 'zamieszkanie' }).waitFor();
  await fill(page, `${rule}-all-1-id`, 'dochod');
  await page.locator('.success-box', { hasText: 'Edytor nie znalazł żadnego problemu' }).waitFor();
  const readBack = page.locator('.rules-read-back');
  await readBack.getByText(/150\s?%/).first().waitFor();
  assert.match(await readBack.innerText(), /Wystarczy jeden z warunków/);
  await app.assertAccessible('editor project with its conditions');
  await app.assertNoHorizontalScroll();

  // The preview, as residents will see the project, and a household tried against its conditions.
  await page.getByRole('link', { name: 'Podgląd i próba warunków' }).click();
  await page.waitForURL(/\/dla-osrodkow\/podglad\/\?szkic=120705-\d+&p=1$/);
  await app.ready();
  assert.equal(await page.title(), 'Podgląd: Aktywni w Kamienicy – Sprawdź wsparcie');
  await page.locator('.preview-frame .card-title', { hasText: 'Aktywni w Kamienicy' }).waitFor();
  await page.locator('.preview-frame h1', { hasText: 'Aktywni w Kamienicy' }).waitFor();
  await fill(page, 'try-gmina', 'Kamienica');
  await page.locator('#place-results .place-list button', { hasText: /^Kamienica$/ }).first().click();
  await page.locator('#try-gmina-chosen', { hasText: 'Kamienica' }).waitFor();
  await fill(page, 'try-people', '3');
  await fill(page, 'try-children', '1');
  await fill(page, 'try-income', 'dużo');
  const tryIt = page.getByRole('button', { name: 'Sprawdź ten przykład' });
  await tryIt.click();
  await page.locator('#try-income-error').waitFor();
  // 3 000 zł for three is 1 000 zł a person: under 150% of 823 zł.
  await fill(page, 'try-income', '3 000');
  await fill(page, 'try-age', '30');
  await tryIt.click();
  const result = page.locator('.try-result');
  await result.locator('#try-result', { hasText: 'Prawdopodobnie możesz wziąć udział' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'try-result');
  assert.equal(await result.locator('.criterion').count(), 4);
  assert.equal(await result.locator('.criterion.outcome-met').count(), 3, 'the unemployment not asked: not known');
  await app.assertAccessible('editor preview with a household that meets the conditions');
  await app.assertNoHorizontalScroll();
  // 6 000 zł for three is 2 000 zł a person: over 1 234,50 zł.
  await fill(page, 'try-income', '6 000');
  await tryIt.click();
  await result.locator('#try-result', { hasText: 'Raczej nie spełniasz warunków' }).waitFor();
  await result.locator('.criterion.outcome-not_met', { hasText: 'Dochód' }).waitFor();
  await page.getByRole('link', { name: 'Wróć do projektu' }).first().click();
  await app.ready();
  await page.getByRole('link', { name: 'Wróć do danych ośrodka' }).first().click();
  await app.ready();
  await page.locator('.draft-list a', { hasText: 'Aktywni w Kamienicy' }).waitFor();

  await page.getByRole('link', { name: 'Sprawdź i pobierz plik' }).click();
  await page.waitForURL(/\/dla-osrodkow\/plik\/\?szkic=/);
  await app.ready();
  assert.equal(await page.title(), 'Plik ośrodka do pobrania – Sprawdź wsparcie');
  await app.assertAccessible('editor file');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Pobierz plik' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'gops-kamienica.json');
  const text = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  assert.equal(text, await page.locator('#file-text').inputValue());
  const file = JSON.parse(text);
  assert.equal(file.schema, 2);
  assert.equal(file.centre.teryt, '120705');
  assert.equal(file.centre.voivodeship, 'małopolskie');
  assert.equal(file.centre.checked_on, '2026-12-03');
  assert.deepEqual(file.centre.office_hours, { mon: ['07:30-15:30'] });
  assert.equal(file.projects.length, 1);
  assert.deepEqual(file.projects[0].budget, {
    total: '100000.00', parts: [{ source: 'eu', amount: '85000' }, { source: 'own', amount: '15000' }], split_complete: true,
  });
  assert.deepEqual(file.projects[0].target_groups, ['at_risk_of_exclusion']);
  assert.deepEqual(file.projects[0].programme, { name: 'Fundusze Europejskie dla Małopolski 2021-2027', measure: '8.2' });
  const [lives, income, either] = file.projects[0].eligibility.rule.all;
  assert.equal(lives.teryt.length, 12);
  assert.equal(file.projects[0].area.teryt.length, 11);
  assert.ok(lives.teryt.includes('120705') && !lives.gminas.includes('Tymbark'));
  assert.deepEqual(income, {
    id: 'dochod', criterion: 'income', percent: '150', parameter: 'kryterium_dochodowe', source: 'Regulamin rekrutacji, § 3 ust. 1',
  });
  assert.deepEqual(either.any.map((c) => c.criterion), ['age', 'registered_unemployed']);
  await app.close();

  // The file and its index entry added to a copy of the catalogue: the data built again from it, and
  // the catalogue and data checked, as a maintainer does.
  const work = mkdtempSync(join(tmpdir(), 'editor-catalogue-'));
  try {
    const catalogue = join(work, 'catalogue');
    cpSync('public/catalogue', catalogue, { recursive: true });
    writeFileSync(join(catalogue, 'gops-kamienica.json'), text);
    const index = JSON.parse(readFileSync(join(catalogue, 'index.json'), 'utf8'));
    index.centres.push({ id: 'gops-kamienica', file: 'gops-kamienica.json', gmina: 'Kamienica', teryt: '120705', voivodeship: 'małopolskie' });
    writeFileSync(join(catalogue, 'index.json'), JSON.stringify(index, null, 2));
    const data = join(work, 'data');
    cpSync('public/data/1', data, { recursive: true });
    const wsparcie = (...args) => execFileSync('cargo', ['run', '--quiet', '--bin', 'wsparcie', '--', ...args], { encoding: 'utf8' });
    wsparcie('data', '--catalogue', catalogue, '--out', data);
    assert.match(wsparcie('validate', catalogue, '--data', data), /Katalog poprawny: ośrodki 23, projekty 23/);

    // The site with that catalogue and its data: the project shows on Kamienica's page.
    const site = copyOfBuild('', join(work, 'site'));
    cpSync(catalogue, join(site, 'catalogue'), { recursive: true });
    cpSync(data, join(site, 'data', '1'), { recursive: true });
    // Their brotli copies made again, as `make dist` makes them: nginx sends those.
    await precompress(site);
    const served = await launch(site);
    try {
      const resident = await App.open(served, { viewport: DESK, clock: DEC_2026 });
      await resident.goto('/gmina/120705/');
      await resident.ready();
      await resident.page.locator('.card-title', { hasText: 'Aktywni w Kamienicy' }).waitFor();
      await resident.close();
    } finally {
      await served.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a file from the device that is not a centre file is refused with a reason, and a missing draft said so', async () => {
  const app = await App.open(env, { viewport: DESK, clock: DEC_2026 });
  const { page } = app;
  await app.goto('/dla-osrodkow/');
  await page.locator('#editor-file').setInputFiles({ name: 'lista.json', mimeType: 'application/json', buffer: Buffer.from('{"centres": []}') });
  await page.locator('#editor-file-error', { hasText: 'To nie jest plik ośrodka' }).waitFor();
  await page.locator('#editor-file').setInputFiles({ name: 'zly.json', mimeType: 'application/json', buffer: Buffer.from('{"centre": ') });
  await page.locator('#editor-file-error', { hasText: 'nie jest poprawnym plikiem JSON (wiersz 1' }).waitFor();
  await app.assertAccessible('editor start with a file refused');
  // A shipped centre's file opens, with every fact as the catalogue has it, and passes the checks.
  await page.locator('#editor-file').setInputFiles('public/catalogue/gops-dobra.json');
  await page.waitForURL(/\/dla-osrodkow\/osrodek\/\?szkic=120703-\d+$/);
  await app.ready();
  assert.equal(await page.locator('#f-centre-name').inputValue(), readJson('public/catalogue/gops-dobra.json').centre.name);
  await page.locator('.success-box').waitFor();
  await app.goto('/dla-osrodkow/osrodek/?szkic=nie-ma');
  assert.equal(await page.locator('main h1').innerText(), 'Nie ma takiego szkicu');
  await app.assertAccessible('editor missing draft');
  // The draft opened from the file is listed on the first page.
  await app.goto('/dla-osrodkow/');
  await page.locator('.draft-list a', { hasText: readJson('public/catalogue/gops-dobra.json').centre.name }).waitFor();
  await app.close();
});

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

test('a required field emptied is a problem at that field, and every link of the summary lands on a field of the page', async () => {
  const app = await App.open(env, { viewport: DESK, clock: DEC_2026 });
  const { page } = app;
  await app.goto('/dla-osrodkow/');
  await page.locator('#editor-file').setInputFiles('public/catalogue/gops-dobra.json');
  await page.waitForURL(/\/dla-osrodkow\/osrodek\/\?szkic=120703-\d+$/);
  await app.ready();
  await page.locator('.success-box').waitFor();
  await page.locator('main a', { hasText: 'Asystent osobisty osoby z niepełnosprawnością – edycja 2026' }).first().click();
  await page.locator('#f-projects-0-title').waitFor();
  // The title typed over and deleted: the file keeps the field, empty, and the checks say so there; the
  // page never says the file would pass.
  await fill(page, 'f-projects-0-title', 'Asystent');
  await fill(page, 'f-projects-0-title', '');
  await page.locator('#f-projects-0-title-error', { hasText: 'pole jest puste' }).waitFor();
  assert.equal(await page.locator('.success-box').count(), 0);
  // A phone that is not one: its problem is at an item of the list, its link at the list's field.
  await fill(page, 'f-projects-0-phones', '18 33');
  const summary = page.locator('.error-summary');
  await summary.locator('a[href="#f-projects-0-phones"]').waitFor();
  const hrefs = await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length >= 2, hrefs.join(' '));
  for (const href of hrefs) {
    assert.ok(await page.evaluate((id) => !!document.getElementById(id), href.slice(1)), `${href} is not on the page`);
  }
  await summary.locator('a[href="#f-projects-0-phones"]').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-projects-0-phones');
  await app.assertAccessible('editor project with an emptied title');
  await app.close();
});

test('a problem with one gmina of a project\'s area links to the list of its gminas', async () => {
  const app = await App.open(env, { viewport: DESK, clock: DEC_2026 });
  const { page } = app;
  const file = readJson('public/catalogue/gops-dobra.json');
  // Dobra's project limited to two gminas, the second under a code no gmina has.
  file.projects[0].area = { gminas: ['Dobra', 'Nieistniejąca'], teryt: ['120703', '129999'] };
  await app.goto('/dla-osrodkow/');
  await page.locator('#editor-file').setInputFiles({
    name: 'gops-dobra.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file, null, 2)),
  });
  await page.waitForURL(/\/dla-osrodkow\/osrodek\/\?szkic=120703-\d+$/);
  await app.ready();
  await page.locator('main a', { hasText: 'Asystent osobisty osoby z niepełnosprawnością – edycja 2026' }).first().click();
  const link = page.locator('.error-summary a[href="#f-projects-0-area-teryt"]');
  await link.waitFor();
  await link.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-projects-0-area-teryt');
  // The field as a whole takes focus: its label, its message and the gmina in question.
  assert.match(await page.locator('#f-projects-0-area-teryt').innerText(), /Inne gminy[\s\S]*129999[\s\S]*Nieistniejąca/);
  await app.assertAccessible('editor project with an unknown gmina in its area');
  await app.close();
});
