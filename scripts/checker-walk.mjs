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

/** Picks the gmina as a resident does: types it once the field is painted (the page as written takes
 * what is typed before its bundle acts), and taps it among the matches as soon as they show it; on the
 * gmina's own question (the start page before it asked it), "Dalej" after it. The tap and the text go
 * through devtools' input, as a phone's screen and keyboard give them, with nothing run in the page
 * but its own marks: Playwright's actions run a script of their own in the page first, which on the
 * 4× slower CPU put 0.3–0.5 s of the tool's work into the first answer's time (`make bench`, before
 * and after, in docs/PERFORMANCE.md). Which press gave the answer, and how many headings were painted
 * before it, are read from the page's marks afterwards. */
async function pickGmina(page, onStartPage) {
  const cdp = await page.context().newCDPSession(page);
  const tap = async ({ x, y }) => {
    for (const type of ['mousePressed', 'mouseReleased']) {
      await cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    }
  };
  // Where an element is on the screen once it is painted there (the page's own code, polled each
  // frame, no script of the tool's); a walk whose element never comes fails after 30 s.
  const whereIs = (find) => cdp.send('Runtime.evaluate', {
    awaitPromise: true,
    returnByValue: true,
    expression: `new Promise((ok, no) => { setTimeout(() => no(new Error('not shown in 30 s: ' + ${JSON.stringify(String(find))})), 30000);
      const look = () => { const el = (${find})();
      const r = el?.getBoundingClientRect();
      if (r && r.width && r.bottom <= innerHeight) ok({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
      else { el?.scrollIntoView({ block: 'center' }); requestAnimationFrame(look); } }; look(); })`,
  }).then((r) => {
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  });
  await tap(await whereIs(() => document.getElementById('gmina')));
  await cdp.send('Input.insertText', { text: 'Białowieża' });
  await tap(await whereIs(() => [...document.querySelectorAll('#place-results .place-list button')]
    .find((b) => b.textContent.trim() === 'Białowieża')));
  await cdp.detach();
  if (!onStartPage) {
    await page.locator('#gmina-chosen').waitFor();
    await page.getByRole('button', { name: 'Dalej' }).click();
  }
  const m = await page.evaluate(() => window.__bench);
  const presses = m.presses.length - 1;
  return { seen: m.heads.filter((h) => h.t < m.presses[presses].t).length, presses };
}

/** One way through, timed (install `MARKS` in the page first); `bytes()` says how much came over the
 * link so far. */
export async function journey(page, url, bytes) {
  const start = bytes();
  // Acted on as soon as what is needed is painted, not when the page's load event comes.
  // Which start page it is, read from the page's HTML as it came: nothing asked of the page itself.
  const response = await page.goto(`${url}/sprawdz/`, { waitUntil: 'commit' });
  const onStartPage = (await response.text()).includes('id="gmina"');
  // The start page as it was before the gmina was asked on it: "Zacznij" first.
  if (!onStartPage) {
    await page.waitForFunction(() => ['islands', 'started'].includes(document.documentElement.dataset.app));
    await page.locator('button.start').click();
    await page.locator('#gmina').waitFor();
  }
  const heads = () => page.evaluate(() => window.__bench.heads.length);
  const first = await pickGmina(page, onStartPage);
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

