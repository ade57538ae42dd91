// The checker as a resident moves through it, shared by the checker and declaration tests.
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The checker pages, as a resident moves through them. */
export class Checker {
  constructor(app) {
    this.app = app;
    this.page = app.page;
  }

  async heading() {
    await this.page.locator('main h1').first().waitFor();
    return this.page.locator('main h1').first().innerText();
  }

  /** Opens the checker from a project page, optionally as of a past day. */
  async startFromProject(projectPath, asOf) {
    await this.app.goto(projectPath);
    await this.page.getByRole('link', { name: 'Sprawdź, czy mogę wziąć udział' }).click();
    await this.page.locator('h1', { hasText: 'Sprawdź, czy możesz wziąć udział' }).waitFor();
    await this.app.assertAccessible('checker start');
    if (asOf) {
      await this.page.locator('.staff summary').click();
      await this.page.locator('#check-as-of').fill(asOf);
      await this.page.getByRole('button', { name: 'Pokaż', exact: true }).click();
      await this.page.locator('.as-of-banner').waitFor();
    }
    await this.page.getByRole('button', { name: 'Zacznij' }).click();
  }

  /** Waits for the question page, checks it, answers with `fill`, and presses Dalej. */
  async answer(expectedHeading, fill) {
    await this.page.locator('main h1', { hasText: expectedHeading }).waitFor();
    assert.equal(await this.page.title(), `${expectedHeading} – Sprawdź wsparcie`);
    await this.app.assertAccessible(`question: ${expectedHeading}`);
    await fill(this.page);
    await this.page.getByRole('button', { name: 'Dalej' }).click();
  }

  async choose(label) {
    await this.page.getByLabel(label, { exact: true }).check();
  }

  async results() {
    await this.page.locator('main h1', { hasText: 'Sprawdź swoje odpowiedzi' }).waitFor();
    await this.app.assertAccessible('check your answers');
    await this.page.getByRole('link', { name: 'Pokaż wynik' }).click();
    await this.page.locator('main h1', { hasText: 'Wynik sprawdzenia' }).waitFor();
    await this.app.assertAccessible('results');
  }

  verdict(title) {
    return this.page.locator('li.verdict', { hasText: title });
  }
}

/** Types `name` into the checker's gmina search and picks the gmina of exactly that name from the matches. */
export async function pickGmina(page, name) {
  await page.locator('#gmina').fill(name);
  const exact = new RegExp(`^${name}$`);
  await page.locator('#place-results .place-list button', { hasText: exact }).first().click();
  await page.locator('#gmina-chosen', { hasText: name }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'gmina-chosen');
}

export async function jastrzebieFlow(checker, gmina) {
  await checker.startFromProject('/projekt/jastrzebie-zdroj-miasto-rodziny', '2022-03-01');
  await checker.answer('W jakiej gminie mieszkasz?', async (p) => {
    if (gmina) await pickGmina(p, gmina);
    else await p.getByLabel('Nie wiem').check();
  });
  // Each new question's page has focus, so a screen reader announces it.
  await checker.page.waitForFunction(() => document.activeElement?.id === 'main');
  await checker.answer('Kto jest w Twojej rodzinie?', async (p) => {
    await p.locator('#age-0').fill('34');
    await p.getByRole('button', { name: 'Dodaj osobę' }).click();
    await p.locator('#age-1').fill('8');
  });
  await checker.answer('Czy jesteście rodziną zastępczą?', () => checker.choose('Nie'));
  await checker.answer('Czy wychowywałeś(-aś) się w rodzinie zastępczej lub placówce opiekuńczo-wychowawczej?', () => checker.choose('Nie'));
}


/** Draws the page's QR SVG on a canvas and decodes it with an independent reader (jsQR). */
export async function decodeQr(page) {
  const { width, height, data } = await page.evaluate(async () => {
    const svg = document.querySelector('.qr-code svg');
    const url = URL.createObjectURL(new Blob([svg.outerHTML], { type: 'image/svg+xml' }));
    const img = new Image();
    await new Promise((ok, bad) => { img.onload = ok; img.onerror = bad; img.src = url; });
    const side = 600;
    const canvas = document.createElement('canvas');
    canvas.width = side; canvas.height = side;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0, side, side);
    URL.revokeObjectURL(url);
    return { width: side, height: side, data: Array.from(ctx.getImageData(0, 0, side, side).data) };
  });
  const code = jsQR(Uint8ClampedArray.from(data), width, height);
  assert.ok(code, 'the QR code on the page decodes');
  return new TextDecoder().decode(Uint8Array.from(code.binaryData));
}

/** Every key the app has in localStorage, with its text. */
export async function stored(page) {
  return page.evaluate((prefix) => Object.fromEntries(
    Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort().map((k) => [k, localStorage.getItem(k)])), 'sprawdz-wsparcie.');
}

/** A complete declaration for Kłobuck's project (declaration schema 2). */
export function declarationData(id, firstName) {
  return {
    schema: 2, id, project_id: 'klobuckie-centrum-uslug-spolecznych', created: '2026-11-20',
    person: { first_name: firstName, surname: 'Nowak', pesel: '44051401458', birth_date: '1944-05-14', sex: 'male',
      street: 'ul. Zamkowa', house: '5', flat: '', postcode: '42-100', town: 'Kłobuck', gmina: 'Kłobuck', area: 'urban',
      phone: '', email: '', education: 'isced2', labour: 'inactive' },
    category: 'art7:1',
    social: { minority_or_migrant: 'refuse', homeless: 'no', disability: 'yes', jobless_household: 'refuse',
      jobless_household_with_children: 'refuse', single_adult_with_children: 'no', other_disadvantage: 'refuse' },
  };
}

/** That declaration as the app stores it (envelope schema 2), to start a test from. */
export function storedDeclaration(id, firstName) {
  return { schema: 2, data: declarationData(id, firstName) };
}

/** Answers the page's question with `fill` and goes on, whatever the page's language. */
async function answerIn(page, heading, fill) {
  await page.locator('main h1', { hasText: heading }).waitFor();
  await fill();
  await page.locator('form.question button[type="submit"]').click();
  await page.waitForFunction((h) => !document.querySelector('main h1')?.innerText.includes(h), heading);
}

/** From the checker's start, Białowieża's resident of the benefits' tests: a person of 67 living alone
 * on a pension of 900 zł, no random event, a Polish citizen; `words` are the headings in the page's
 * language. Ends on the results. */
export async function benefitsWalk(app, words) {
  const { page } = app;
  await page.locator('button.start').click();
  await answerIn(page, words.gmina, async () => {
    await app.assertAccessible('the gmina question');
    await pickGmina(page, 'Białowieża');
  });
  await answerIn(page, words.family, () => page.locator('#age-0').fill('67'));
  await answerIn(page, words.incomes, async () => {
    await page.locator('.member-incomes > button.secondary').first().click();
    await page.locator('#income-0-0').fill('900');
  });
  await answerIn(page, words.event, async () => {
    await app.assertAccessible('the random event question');
    await page.locator('#answer-1').check();
  });
  await answerIn(page, words.citizen, () => page.locator('#answer').check());
  await page.locator('main h1', { hasText: words.answers }).waitFor();
  await page.locator('main a.button[href$="/sprawdz/wynik/"]').click();
  await page.locator('section.benefit-results li.verdict').first().waitFor();
}

/** The fields of a QR payload (SW1, SW2, SWW1), split at unescaped bars (docs/DATA-FORMATS.md). */
export function qrFields(text) {
  const fields = [''];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') { const n = text[++i]; fields[fields.length - 1] += n === 'n' ? '\n' : n; }
    else if (c === '|') fields.push('');
    else fields[fields.length - 1] += c;
  }
  return fields;
}

/** The text of the page printed to A4, and its number of pages. */
export async function pdfText(page) {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => i.str).join(' ') + '\n';
  }
  return { text, pages: doc.numPages };
}
