// A resident's way through the general check, as the benchmarks walk it (scripts/bench-checker.mjs on a
// slow link, scripts/bench-national.mjs on the national catalogue): `/sprawdz/`, Białowieża picked,
// one person of 67 with 900 zł, "Nie wiem" to whatever else a catalogue's rules ask, the result. The
// page marks when each heading and the gmina's field were painted and each press made (`MARKS`).

// In the page before anything else: when each question's heading and the gmina's field were painted
// (the frame after they came), and when each press was made.
export const MARKS = () => {
  const marks = { heads: [], presses: [], field: null, acts: null, taken: null };
  window.__bench = marks;
  let last = null;
  const painted = (then) => requestAnimationFrame(() => then(performance.now()));
  new MutationObserver(() => {
    const head = document.querySelector('main h1')?.textContent;
    if (head && head !== last) {
      last = head;
      painted((t) => marks.heads.push({ head, t }));
    }
    if (marks.field === null && document.getElementById('gmina')) {
      marks.field = -1;
      painted((t) => { marks.field = t; });
    }
    if (marks.acts === null && marks.field && ['islands', 'started'].includes(document.documentElement.dataset.app)) {
      marks.acts = performance.now();
    }
    if (marks.taken === null && document.querySelector('[data-answer-taken]')) {
      marks.taken = -1;
      painted((t) => { marks.taken = t; });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('click', (e) => {
    const what = e.target.closest('button, a')?.textContent?.trim();
    if (what) marks.presses.push({ what, t: performance.now() });
  }, true);
};

export const PHONE = { width: 360, height: 740 };

/** Answers whatever question is on the screen; the gmina is Białowieża, the household one person. */
async function answer(page) {
  if (await page.locator('#age-0').count()) await page.locator('#age-0').fill('67');
  else if (await page.locator('#certificate-0').count()) await page.locator('#certificate-0').selectOption('unknown');
  else if (await page.locator('.member-incomes').count()) {
    await page.locator('.member-incomes > button.secondary').first().click();
    await page.locator('#income-0-0').fill('900');
  } else if (await page.getByLabel('Nie wiem', { exact: true }).count()) {
    await page.getByLabel('Nie wiem', { exact: true }).first().check();
  } else {
    await page.locator('main input[type=radio], main input[type=checkbox]').first().check();
  }
  await page.getByRole('button', { name: 'Dalej' }).click();
}

/** Picks the gmina: on the start page the pick is the answer; on the gmina's own question, "Dalej"
 * after it. Says how many headings were painted and presses made before the answer. */
async function pickGmina(page, heads) {
  await page.waitForFunction(() => ['islands', 'started'].includes(document.documentElement.dataset.app));
  await page.locator('#gmina').fill('Białowieża');
  const match = page.locator('#place-results .place-list button', { hasText: /^Białowieża$/ }).first();
  await match.waitFor();
  const seen = await heads();
  const onStartPage = (await page.locator('.start-question').count()) > 0;
  let presses = await page.evaluate(() => window.__bench.presses.length);
  await match.click();
  if (!onStartPage) {
    await page.locator('#gmina-chosen').waitFor();
    presses = await page.evaluate(() => window.__bench.presses.length);
    await page.getByRole('button', { name: 'Dalej' }).click();
  }
  return { seen, presses };
}

/** One way through, timed (install `MARKS` in the page first); `bytes()` says how much came over the
 * link so far. */
export async function journey(page, url, bytes) {
  const start = bytes();
  await page.goto(`${url}/sprawdz/`);
  // The start page as it was before the gmina was asked on it: "Zacznij" first.
  if (!(await page.locator('#gmina').count())) {
    await page.waitForFunction(() => ['islands', 'started'].includes(document.documentElement.dataset.app));
    await page.locator('button.start').click();
    await page.locator('#gmina').waitFor();
  }
  const heads = () => page.evaluate(() => window.__bench.heads.length);
  const first = await pickGmina(page, heads);
  let { seen } = first;
  const summary = page.locator('main a.button[href$="/sprawdz/wynik/"]');
  for (let step = 0; step < 40; step++) {
    await page.waitForFunction((n) => window.__bench.heads.length > n, seen);
    if (await summary.count()) break;
    seen = await heads();
    await answer(page);
  }
  await summary.click();
  await page.locator('section.benefit-results li.verdict').first().waitFor();
  const resultAt = await page.evaluate(() => performance.now());
  const m = await page.evaluate(() => window.__bench);
  // Each press of Dalej after the gmina's answer to the next heading painted after it.
  const firstPress = m.presses[first.presses].t;
  const steps = m.presses.filter((p) => p.what === 'Dalej' && p.t > firstPress)
    .map((p) => (m.heads.find((h) => h.t > p.t)?.t ?? resultAt) - p.t);
  const nextHead = m.heads.find((h) => h.t > firstPress);
  const taken = m.taken > 0 ? m.taken : nextHead?.t;
  return {
    field: m.field, acts: Math.max(m.acts ?? 0, m.field ?? 0), taken, second: nextHead?.t, steps, results: resultAt, kib: (bytes() - start) / 1024,
  };
}

