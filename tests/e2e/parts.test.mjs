// The checker in parts (docs/decisions/0010-checker-in-parts.md): a resident reaches a result without
// fetching any part, and each page after the result fetches its own part when it is first opened, and
// works, in the running app and on a fresh load of its address.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, launch } from './harness.mjs';
import { Checker, jastrzebieFlow, storedDeclaration } from './flows.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const PART = /\/sprawdz\/(split_(\w+?)_\d+|chunk_\d+)-[0-9a-f]{16}\.wasm$/;

/** The checker's parts the tab has fetched so far: the split points' names ("declaration_page"), and
 * "chunk" for each shared chunk. */
function partsFetched(app) {
  const fetched = [];
  app.page.on('request', (r) => {
    const m = PART.exec(new URL(r.url()).pathname);
    if (m) fetched.push(m[2] ?? 'chunk');
  });
  return fetched;
}

test('a result needs no part; the declaration, its print, the documents and the accessibility statement each fetch theirs when opened', async () => {
  const app = await App.open(env);
  const fetched = partsFetched(app);
  const { page } = app;
  // A declaration kept from an earlier visit: the documents are read only when a page of theirs
  // opens, and the one made from this result is listed beside it.
  await app.goto('/');
  await page.evaluate((d) => localStorage.setItem('sprawdz-wsparcie.deklaracja.d0000000000001-abcd', d),
    JSON.stringify(storedDeclaration('d0000000000001-abcd', 'Jan')));
  const checker = new Checker(app);
  await jastrzebieFlow(checker, 'Jastrzębie-Zdrój');
  await checker.results();
  assert.deepEqual(fetched, [], 'the way to a result fetched a part');

  await checker.verdict('Jastrzębie-Zdrój – Miasto Rodziny').getByRole('button', { name: /Wypełnij deklarację/ }).click();
  await page.locator('main h1', { hasText: 'Deklaracja uczestnictwa' }).waitFor();
  assert.ok(fetched.includes('declaration_page'), `the declaration's part: ${fetched}`);
  assert.ok(!fetched.includes('documents_page') && !fetched.includes('print_page'), `only the declaration's part: ${fetched}`);
  await app.assertAccessible('declaration form drawn by its part');

  await page.locator('header nav a', { hasText: 'Moje dokumenty' }).click();
  await page.locator('main h1', { hasText: 'Moje dokumenty' }).waitFor();
  assert.ok(fetched.includes('documents_page'), `the documents' part: ${fetched}`);
  const card = page.locator('li.document-card').first();
  await card.waitFor();
  assert.equal(await page.locator('li.document-card').count(), 2, 'the kept declaration and the new one');
  assert.ok(!fetched.includes('print_page'), `no print part before a print: ${fetched}`);

  await card.getByRole('link', { name: /Wydruk/ }).click();
  await page.locator('.print-sheet, main h1', { hasText: /Deklaracja/ }).first().waitFor();
  assert.ok(fetched.includes('print_page'), `the print's part: ${fetched}`);
  assert.ok(!fetched.includes('settings_page') && !fetched.includes('project_qr_page'), `no staff page's part: ${fetched}`);

  await page.locator('footer a', { hasText: 'Deklaracja dostępności' }).click();
  await page.locator('main h1', { hasText: 'Deklaracja dostępności' }).waitFor();
  assert.ok(fetched.includes('accessibility_page'), `the accessibility statement's part: ${fetched}`);
  assert.ok(!fetched.includes('easy_read_page'), `only the statement's part: ${fetched}`);
  await app.close();
});

test('each page after a result opens on a fresh load of its address, its part fetched with it', async () => {
  for (const [path, heading, part] of [
    ['/sprawdz/dokumenty/', 'Moje dokumenty', 'documents_page'],
    ['/sprawdz/urzadzenie/', 'Ustawienia urządzenia', 'settings_page'],
    ['/uk/sprawdz/dokumenty/', 'Мої документи', 'documents_page'],
  ]) {
    const app = await App.open(env);
    const fetched = partsFetched(app);
    await app.goto(path);
    await app.page.locator('main h1', { hasText: heading }).waitFor();
    assert.deepEqual(fetched.filter((p) => p !== 'chunk'), [part], `${path} fetched ${fetched}`);
    await app.close();
  }
});
