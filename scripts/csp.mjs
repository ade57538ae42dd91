// The build's Content-Security-Policy, put into every page of dist/ as a <meta> (for hosts that
// cannot set headers) and checked against the header in deploy/nginx/sprawdz-wsparcie.conf.
//
// No page keeps a script the policy would have to allow as inline code it cannot name: trunk's and the
// page writer's module scripts (which name this build's hashed files) move into files of their own,
// named by a hash of their content (`/boot-<hash>.js`, kept a year like trunk's files); the one
// classic script left inline, the language redirect that must run before the first paint
// (src/route/language.rs), is allowed by its SHA-256, which stays the same from build to build.
// A page with a `style` attribute, a <style> element or an event-handler attribute fails the build:
// the policy allows none of them.
//
// `node scripts/csp.mjs dist` (make dist runs it after the pages are written, before the service
// worker's list is made). Running it again changes nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const CONF = 'deploy/nginx/sprawdz-wsparcie.conf';

/** The policy's directives; `frame-ancestors` only works as a header (a <meta> one is ignored). */
export function policy(hashes, { header }) {
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes.map((h) => `'sha256-${h}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
  if (header) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return pages(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

const MODULE = /<script type=(?:"module"|module)>([\s\S]+?)<\/script>/g;
const CLASSIC = /<script>([\s\S]+?)<\/script>/g;
const META = /<meta http-equiv=(?:"Content-Security-Policy"|Content-Security-Policy) content="[^"]*">/;
const FORBIDDEN = [
  [/<style[\s>]/i, 'a <style> element'],
  [/<[a-z][^>]*\sstyle=/i, 'a style attribute'],
  [/<[a-z][^>]*\son[a-z]+=/i, 'an event-handler attribute'],
  [/<script(?![^>]*\bsrc=)[^>]*>(?!<\/script>)/i, 'an inline script'],
];

function main(root) {
  const texts = new Map();
  const boots = new Map();
  const hashes = new Set();
  const problems = [];
  for (const path of pages(root)) {
    let text = readFileSync(path, 'utf8').replace(META, '');
    text = text.replace(MODULE, (_, code) => {
      const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
      boots.set(name, code);
      return `<script type=module src=/${name}></script>`;
    });
    for (const [, code] of text.matchAll(CLASSIC)) hashes.add(createHash('sha256').update(code).digest('base64'));
    const rest = text.replace(CLASSIC, '');
    for (const [pattern, what] of FORBIDDEN) {
      if (pattern.test(rest)) problems.push(`${relative(root, path)}: ${what}`);
    }
    if (!/<meta charset=[^>]*>/i.test(text)) problems.push(`${relative(root, path)}: no <meta charset> to put the policy after`);
    texts.set(path, text);
  }
  if (problems.length) {
    console.error(`FAIL: the Content-Security-Policy allows none of these:\n  ${problems.slice(0, 20).join('\n  ')}`);
    process.exit(1);
  }
  const sorted = [...hashes].sort();
  const meta = `<meta http-equiv=Content-Security-Policy content="${policy(sorted, { header: false })}">`;
  const line = `add_header Content-Security-Policy "${policy(sorted, { header: true })}" always;`;
  if (!readFileSync(CONF, 'utf8').includes(line)) {
    console.error(`FAIL: ${CONF}: its Content-Security-Policy is not this build's (an inline script changed?). Put:\n    ${line}`);
    process.exit(1);
  }
  for (const [path, text] of texts) {
    writeFileSync(path, text.replace(/<meta charset=[^>]*>/i, (m) => m + meta));
  }
  for (const [name, code] of boots) writeFileSync(join(root, name), code);
  console.log(`${root}: ${texts.size} pages with the Content-Security-Policy, ${boots.size} module scripts moved to files, ${sorted.length} inline script allowed by its hash`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv[2] ?? 'dist');
