// Shared set-up for the end-to-end tests: the release build served on 127.0.0.1 by nginx with the
// deployment's configuration and its Content-Security-Policy (tests/e2e/nginx.mjs), Debian's Chromium
// driven by playwright-core, and checks every test gets for free (console errors, page errors,
// requests to another origin, any violation of the Content-Security-Policy, axe WCAG 2.1 A/AA).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startNginx } from './nginx.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export const PHONE = { width: 360, height: 740 };
export const DESK = { width: 1280, height: 900 };

/** A copy of the release build for a test to change, in a new folder named `prefix…` (or at `dir`).
 * Timestamps are kept, so each brotli copy stays as new as its file until the test changes the file;
 * then `precompress` (scripts/precompress.mjs) writes it again, as `make dist` does. */
export function copyOfBuild(prefix, dir = mkdtempSync(join(tmpdir(), prefix))) {
  cpSync('dist', dir, { recursive: true, preserveTimestamps: true });
  return dir;
}

/** Holds back the answers to the page's requests that match `pattern`, as a slow line would, until
 * the function returned is called. */
export async function holdBack(page, pattern) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

/** Starts the server and the browser once per test file. */
export async function launch(root = 'dist') {
  const { server, url } = await startNginx(root);
  // The policy is on, or nothing here tests it.
  const policy = (await fetch(`${url}/`)).headers.get('content-security-policy') ?? '';
  assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' /, `no Content-Security-Policy from ${url}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** The app in one browser tab, with what went wrong collected for `assertClean`. */
export class App {
  /** `locale` is the browser's preferred language, which the app follows on a first visit. */
  /** `javaScript: false` reads the pages as written at build time, as a browser without scripts does. */
  /** `userAgent` makes the browser say it is another (Safari on an iPhone, say). */
  static async open(env, { viewport = PHONE, clock, locale = 'pl-PL', deviceScaleFactor, reducedMotion, javaScript = true, userAgent } = {}) {
    const context = await env.browser.newContext({
      viewport, locale, timezoneId: 'Europe/Warsaw', deviceScaleFactor, reducedMotion, javaScriptEnabled: javaScript, userAgent,
    });
    // Every violation of the Content-Security-Policy fails the test, whatever the console says.
    const found = [];
    await context.exposeBinding('__cspViolation', (_, text) => found.push(`Content-Security-Policy violation: ${text}`));
    await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    }));
    const page = await context.newPage();
    if (clock) await page.clock.install({ time: clock });
    const app = new App(env.url, context, page);
    app.problems = found;
    app.watch();
    return app;
  }

  /** Another tab of the same browser (the same storage), with the same checks. */
  async newTab() {
    const tab = new App(this.base, this.context, await this.context.newPage());
    tab.problems = this.problems;
    tab.watch();
    return tab;
  }

  watch() {
    const { page } = this;
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    // An address with no page is answered 404 on purpose (the build's 404.html), which the browser
    // also reports in the console: each such answer excuses one such report, and no other.
    page.on('response', (r) => {
      if (r.status() === 404 && r.request().isNavigationRequest()) this.pagesNotFound += 1;
    });
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(this.base) && !u.startsWith('data:') && !u.startsWith('blob:')) {
        this.problems.push(`request to another origin: ${u}`);
      }
    });
  }

  constructor(base, context, page) {
    this.base = base;
    this.context = context;
    this.page = page;
    this.problems = [];
    this.pagesNotFound = 0;
  }

  async goto(path) {
    await this.page.goto(this.base + path);
    await this.ready();
  }

  /**
   * The page has come to life: the islands bundle has brought the parts that act on a page written at
   * build time to life (`islands`), or the app has drawn the page ('started'); and its data has loaded.
   */
  async ready() {
    await this.page.waitForFunction(() => ['islands', 'started'].includes(document.documentElement.dataset.app));
    await this.page.locator('main h1').first().waitFor();
    await this.page.waitForFunction(() => !document.querySelector('.loading'));
  }

  /** The page has painted twice since now: what was drawn on coming to life is on the screen and
   * measured (layout shifts, text), with no guess at how long that takes. */
  async painted() {
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }

  cards() {
    return this.page.locator('li.card');
  }

  async cardTitles() {
    return this.page.locator('li.card .card-title').allInnerTexts();
  }

  async badgeOf(title) {
    return this.page.locator('li.card', { hasText: title }).locator('.badge').innerText();
  }

  /** Waits until `locator` has exactly `n` elements. */
  async waitForCount(locator, n) {
    await this.page.waitForFunction(
      ([sel, count]) => document.querySelectorAll(sel).length === count,
      [locator, n],
    );
  }

  async mainText() {
    return normalise(await this.page.locator('main').innerText());
  }

  async assertAccessible(label) {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(found, [], `axe on ${label}`);
    assert.ok(results.passes.length > 0, 'axe ran no checks');
  }

  async assertNoHorizontalScroll(label = this.page.url()) {
    const [scroll, client] = await this.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${label} scrolls sideways: ${scroll} > ${client}`);
  }

  async close() {
    let excused = this.pagesNotFound;
    const problems = this.problems.filter((p) => !(/status of 404/.test(p) && excused-- > 0));
    await this.context.close();
    assert.deepEqual(problems, [], 'the page reported problems');
  }
}

/** Non-breaking spaces (money, dates) read as plain spaces in assertions. */
export function normalise(text) {
  return text.replace(/\u00a0/g, ' ');
}
