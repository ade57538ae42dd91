// The build as deployed on nginx (deploy/nginx/sprawdz-wsparcie.conf): compression (the build's brotli
// files, else gzip), caching by kind of
// file, the security headers on every answer (a 404 too), the same Content-Security-Policy in every
// page's <meta>, and the policy enforced in the browser.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, DESK, launch } from './harness.mjs';
import { SITE_CONF } from './nginx.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const header = readFileSync(SITE_CONF, 'utf8').match(/add_header Content-Security-Policy "([^"]+)" always;/)[1];

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return pages(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

async function get(path, headers = {}) {
  return fetch(`${env.url}${path}`, { headers });
}

function assertSecure(r, what) {
  const csp = r.headers.get('content-security-policy');
  assert.equal(csp, header, what);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/, what);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; /, what);
  assert.match(csp, /frame-ancestors 'none'/, what);
  assert.equal(r.headers.get('referrer-policy'), 'no-referrer', what);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff', what);
  assert.match(r.headers.get('permissions-policy') ?? '', /camera=\(\), microphone=\(\), geolocation=\(\)/, what);
}

test('nginx answers with the security headers, caches hashed files for a year and revalidates the rest', async () => {
  const index = readFileSync('dist/index.html', 'utf8');
  const wasm = readdirSync('dist').find((f) => /_bg\.wasm$/.test(f));
  const boot = index.match(/<script type="module" src="\/(boot-[0-9a-f]+\.js)">/)[1];
  const cases = [
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/gmina/120705/', 'text/html; charset=utf-8', 'no-cache'],
    ['/gmina/120705', 'text/html; charset=utf-8', 'no-cache'],
    ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/catalogue/index.json', 'application/json; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
    [`/${wasm}`, 'application/wasm', 'public, max-age=31536000, immutable'],
    [`/${boot}`, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
  ];
  for (const [path, type, cache] of cases) {
    const r = await get(path, { 'accept-encoding': 'gzip' });
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.get('content-type'), type, path);
    assert.equal(r.headers.get('cache-control'), cache, path);
    assert.equal(r.headers.get('content-encoding'), 'gzip', `${path} compressed`);
    assertSecure(r, path);
  }
  const plain = await get('/catalogue/index.json', { 'accept-encoding': 'identity' });
  assert.equal(plain.headers.get('content-encoding'), null, 'not compressed for a client that does not ask');
  const missing = await get('/gmina/999999/');
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /<title>[^<]+<\/title>/);
  assertSecure(missing, 'a 404');
  assert.equal((await get('/nie-ma.wasm')).status, 404);
});

test("nginx sends the build's brotli files to a browser that takes them, gzip to one that does not, the same bytes either way", async () => {
  const checker = readdirSync('dist/sprawdz').find((f) => /_bg\.wasm$/.test(f));
  for (const [path, type, cache] of [
    [`/sprawdz/${checker}`, 'application/wasm', 'public, max-age=31536000, immutable'],
    ['/data/1/places.json', 'application/json; charset=utf-8', 'no-cache'],
  ]) {
    const file = readFileSync(join('dist', path));
    assert.ok(readFileSync(join('dist', `${path}.br`)).length < file.length * 0.9, `${path}.br is in the build, and smaller`);
    for (const [asked, sent] of [['gzip, deflate, br, zstd', 'br'], ['gzip, deflate', 'gzip']]) {
      const r = await get(path, { 'accept-encoding': asked });
      assert.equal(r.status, 200, path);
      assert.equal(r.headers.get('content-encoding'), sent, `${path} asked with ${asked}`);
      assert.equal(r.headers.get('content-type'), type, path);
      assert.equal(r.headers.get('cache-control'), cache, path);
      assert.match(r.headers.get('vary') ?? '', /accept-encoding/i, `${path}: caches keep each encoding apart`);
      assertSecure(r, path);
      // fetch unpacks what it was sent: exactly the file.
      assert.ok(Buffer.from(await r.arrayBuffer()).equals(file), `${path} sent in ${sent} is the file`);
    }
  }
  const page = await get('/gmina/120705/', { 'accept-encoding': 'gzip, br' });
  assert.equal(page.headers.get('content-encoding'), 'gzip', 'a page written for its address is gzipped as it is sent');
});

test('every page carries the same policy in a <meta>, with no inline script but the hashed one', () => {
  const meta = header.replace("; frame-ancestors 'none'", '');
  const all = pages('dist');
  assert.ok(all.length > 8000, `${all.length} pages`);
  for (const path of all) {
    const text = readFileSync(path, 'utf8');
    const found = [...text.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(found, [meta], path);
    assert.ok(text.indexOf('http-equiv="Content-Security-Policy"') < text.indexOf('<script'), `${path}: the policy comes before any script`);
    for (const [, code] of text.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
      assert.match(code, /^\(\(\)=>\{const p=location\.pathname;/, `${path}: only the language redirect is inline`);
    }
    assert.doesNotMatch(text, /<script type="module">/, path);
  }
});

test('the browser enforces the policy: a script put into the page does not run, and the violation is reported', async () => {
  const app = await App.open(env, { viewport: DESK });
  const { page } = app;
  await app.goto('/');
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    const reported = new Promise((ok) => document.addEventListener('securitypolicyviolation', (e) => ok(e.effectiveDirective), { once: true }));
    document.head.append(s);
    return { ran: window.injected === true, directive: await reported };
  });
  assert.deepEqual(ran, { ran: false, directive: 'script-src-elem' });
  // The harness saw it too: every other test fails on such a report.
  await page.waitForFunction(() => true);
  assert.ok(app.problems.some((p) => p.startsWith('Content-Security-Policy violation: script-src-elem')), app.problems.join('\n'));
  app.problems.length = 0;
  // A console error is how Chromium reports it as well; what is left must be clean.
  await app.close();
});
