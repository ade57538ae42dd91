// The catalogue at national scale: every one of the 2,479 gminas with a centre and 10 projects of mixed
// rules (24,790 projects), generated from the shipped gmina index, built into the data folder by
// `wsparcie data`, checked by `wsparcie validate`, and walked by a resident in headless Chromium: the
// first page, a village typed, its gmina's page, a project; and the checker, a general check walked to
// its result (scripts/checker-walk.mjs). Reports what the resident's phone downloads
// of data (gzip, as a compressing host sends it) on the first and on a repeat visit, for the shipped
// catalogue and the national one; the size of the data folder; and how long building and checking it
// take. Part of `make bench`, not of `make test`: it measures, it does not judge.
//   node scripts/bench-national.mjs dist
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';
import { MARKS, PHONE, journey } from './checker-walk.mjs';

const dist = process.argv[2] ?? 'dist';
const work = 'target/national';
const PER_CENTRE = 10;
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'catalogue'), { recursive: true });

// ---- the generated national catalogue ----

const places = JSON.parse(readFileSync('public/data/1/places.json', 'utf8'));
const voivodeship = Object.fromEntries(places.voivodeships.map((v) => [v.code, v.name]));
const byPowiat = new Map();
for (const g of places.gminas) {
  const p = g.code.slice(0, 4);
  if (!byPowiat.has(p)) byPowiat.set(p, []);
  byPowiat.get(p).push(g);
}
const SEED = '999_0000000000000000.txt';
const income = (percent) => ({ id: 'd', criterion: 'income', percent: String(percent), parameter: 'kryterium_dochodowe', source: 's' });
const residence = (gminas) => ({ id: 'z', criterion: 'residence', gminas: gminas.map((x) => x.name), teryt: gminas.map((x) => x.code), source: 's' });

// The shipped projects as templates, so that a generated project is the size of a real one (1.9–3.4 KB
// of JSON: goal, services, budget, programme, how to apply), as decision 0005 measured.
const TEMPLATES = JSON.parse(readFileSync('public/catalogue/index.json', 'utf8')).centres
  .flatMap((c) => JSON.parse(readFileSync(join('public/catalogue', c.file), 'utf8')).projects)
  // Each generated one is an EU project: its templates are the EU projects (a programme's edition takes
  // its target groups and text from the programme, which a generated project does not run).
  .filter((p) => p.kind === 'eu_project')
  .map(({ lead, partners, area, durability_until, recruitment, eligibility, period, ...rest }) => rest);

/** Ten projects of one centre: its own gmina's, one shared with the next gmina of the powiat, one for
 * the whole powiat (at the powiat's first gmina), with residence, income, age, group and art. 7 rules. */
function projects(g, powiat) {
  const next = powiat[(powiat.indexOf(g) + 1) % powiat.length];
  const out = [];
  for (let i = 0; i < PER_CENTRE; i++) {
    const template = TEMPLATES[(Number(g.code) + i) % TEMPLATES.length];
    const project = {
      ...template,
      id: `projekt-${g.code}-${i}`, title: `${template.title} (${g.name}, ${i + 1})`, kind: 'eu_project', role: 'lead',
      period: { start: '2026-01-01', end: '2027-12-31' }, recruitment: {},
    };
    let rule;
    if (i === 1 && next !== g) {
      project.area = { gminas: [next.name], teryt: [next.code] };
      rule = { all: [residence([g, next]), income(150)] };
    } else if (i === 2 && powiat[0] === g) {
      project.area = { gminas: powiat.map((x) => x.name), teryt: powiat.map((x) => x.code) };
      rule = { all: [residence(powiat), { id: 'r', criterion: 'at_risk', source: 's' }] };
    } else {
      rule = [
        { all: [residence([g]), income([100, 150, 200][i % 3])] },
        { any: [{ id: 'g', criterion: 'target_group', groups: ['families_with_children', 'foster_families'], source: 's' }, { id: 'r', criterion: 'at_risk', source: 's' }] },
        { all: [{ id: 'w', criterion: 'age', min: 18, max: 29, source: 's' }, { id: 'b', criterion: 'registered_unemployed', source: 's' }] },
        { all: [residence([g]), { any: [{ id: 'a', criterion: 'art7_ground', grounds: ['poverty'], source: 's' }, income(200)] }] },
      ][i % 4];
    }
    project.eligibility = { rule };
    out.push(project);
  }
  return out;
}

const catalogueIndex = { schema: 2, centres: [] };
for (const [, powiat] of byPowiat) {
  for (const g of powiat) {
    const id = `ops-${g.code}`;
    const centre = {
      id, name: `Ośrodek Pomocy Społecznej gminy ${g.name}`, short_name: `OPS ${g.name}`, gmina: g.name,
      teryt: g.code, voivodeship: voivodeship[g.code.slice(0, 2)], checked_on: '2026-11-22', source: { title: 'Strona testowa', seed: SEED },
    };
    writeFileSync(join(work, 'catalogue', `${id}.json`), JSON.stringify({ schema: 2, centre, projects: projects(g, powiat) }));
    catalogueIndex.centres.push({ id, file: `${id}.json`, gmina: g.name, teryt: g.code, voivodeship: centre.voivodeship });
  }
}
writeFileSync(join(work, 'catalogue', 'index.json'), JSON.stringify(catalogueIndex));
cpSync('public/catalogue/parameters.json', join(work, 'catalogue', 'parameters.json'));

// ---- build and check it ----

const wsparcie = 'target/release/wsparcie';
execFileSync('cargo', ['build', '--quiet', '--release', '--bin', 'wsparcie'], { stdio: 'inherit' });
const timed = (args) => {
  const start = process.hrtime.bigint();
  const out = execFileSync(wsparcie, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, out: out.trim().split('\n').at(-1) };
};
const data = join(work, 'data');
mkdirSync(data, { recursive: true });
cpSync('public/data/1', data, { recursive: true });
const built = timed(['data', '--catalogue', join(work, 'catalogue'), '--out', data]);
const checked = timed(['validate', join(work, 'catalogue'), '--data', data]);
const projectsCount = catalogueIndex.centres.length * PER_CENTRE;
console.log(`BENCH national catalogue: ${catalogueIndex.centres.length} centres, ${projectsCount} projects`);
console.log(`BENCH wsparcie data: ${(built.ms / 1000).toFixed(1)} s (${built.out})`);
console.log(`BENCH wsparcie validate: ${(checked.ms / 1000).toFixed(1)} s`);

function folderSize(dir) {
  let raw = 0, gzip = 0, files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const s = folderSize(path);
      raw += s.raw; gzip += s.gzip; files += s.files;
    } else {
      const body = readFileSync(path);
      raw += body.length; gzip += gzipSync(body, { level: 9 }).length; files += 1;
    }
  }
  return { raw, gzip, files };
}
const kb = (n) => `${(n / 1000).toFixed(1)} KB`; // KB = 1000 bytes, as the size report
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
for (const [label, dir] of [['shipped', 'public/data/1'], ['national', data]]) {
  const s = folderSize(dir);
  console.log(`BENCH data folder, ${label}: ${s.files} files, ${mb(s.raw)} raw, ${mb(s.gzip)} gzip`);
}
const largestIn = (dir) => Math.max(...readdirSync(dir).map((f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length));
const largest = largestIn(join(data, 'powiat'));
const index = gzipSync(readFileSync(join(data, 'places.json')), { level: 9 }).length;
console.log(`BENCH national: the largest powiat file ${kb(largest)} gzip; the worst path (the gmina index ${kb(index)}, the largest locality file, the largest powiat file) ${kb(index + largestIn(join(data, 'localities')) + largest)} gzip`);

// ---- a resident's path, in Chromium ----

const site = join(work, 'site');
cpSync(dist, site, { recursive: true });
rmSync(join(site, 'data', '1'), { recursive: true, force: true });
cpSync(data, join(site, 'data', '1'), { recursive: true });

// ---- the checker: the whole questionnaire of a general check, each question its catalogue's rules
// ask, walked to the result; what it reads. Before the national pages are written: it reads no page
// of the catalogue, only the data and the checker's own start page.

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
for (const [label, root] of [['shipped', dist], ['national', site]]) {
  const { server, url } = await startServer(root, 0, { dev: true });
  const context = await browser.newContext({ viewport: PHONE, locale: 'pl-PL' });
  await context.addInitScript(MARKS);
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (/^\/(data|catalogue)\//.test(p)) fetched.add(p);
  });
  const walked = await journey(page, url, () => 0);
  await context.close();
  server.close();
  const files = [...fetched].sort();
  const read = files.reduce((a, p) => a + gzipSync(readFileSync(join(root, p)), { level: 9 }).length, 0);
  console.log(`BENCH checker's data, ${label} catalogue, a general check at Białowieża (${walked.steps.length + 1} questions to the result): ${kb(read)} gzip (${files.join(', ')})`);
}

// ---- the national catalogue's pages, written as `make dist` writes them ----

rmSync(join(site, 'catalogue'), { recursive: true, force: true });
cpSync(join(work, 'catalogue'), join(site, 'catalogue'), { recursive: true });
execFileSync('cargo', ['build', '--quiet', '--release', '--features', 'ssr', '--bin', 'prerender'], { stdio: 'inherit' });
{
  const started = Date.now();
  const said = execFileSync('target/release/prerender', [site], { encoding: 'utf8' }).trim();
  const seconds = (Date.now() - started) / 1000;
  let pages = 0, bytes = 0, zipped = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const text = readFileSync(path);
        pages += 1; bytes += text.length; zipped += gzipSync(text, { level: 9 }).length;
      }
    }
  };
  walk(site);
  console.log(`BENCH prerender national: ${said}; ${seconds.toFixed(1)} s in all; ${pages} HTML files, ${(bytes / 1e6).toFixed(1)} MB (${(zipped / 1e6).toFixed(1)} MB gzip)`);
}
const PATHS = [
  // A village typed on the first page, its gmina picked, a project opened.
  { village: 'Szczawa', gmina: 'gmina Kamienica', code: '120705' },
  { village: 'Konopnica', gmina: 'powiat lubelski', code: '060908' },
];
for (const [label, root] of [['shipped', dist], ['national', site]]) {
  const { server, url } = await startServer(root, 0, { dev: true });
  for (const path of PATHS) {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'pl-PL' });
    const fetched = new Set();
    page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (/^\/(data|catalogue)\//.test(p)) fetched.add(p);
    });
    await page.goto(`${url}/`);
    await page.locator('#place-search').fill(path.village);
    const town = page.locator('#place-results .place-list li', { hasText: path.gmina }).first();
    await town.getByRole('link').click();
    await page.waitForURL(new RegExp(`/gmina/${path.code}`));
    // The gmina's own projects (what runs now, soon, ended), not the national programmes to ask about.
    // Come to life: its islands (the page as written), or the app (a town in the address).
    await page.waitForFunction(() => ['islands', 'started'].includes(document.documentElement.dataset.app));
    const cards = page.locator('main li.card .card-title a');
    const projectsShown = await cards.count();
    if (projectsShown > 0) {
      await cards.first().click();
      await page.locator('article.project h1').waitFor();
    }
    await page.close();
    const size = (p) => gzipSync(readFileSync(join(root, p)), { level: 9 }).length;
    const files = [...fetched].sort();
    const first = files.reduce((a, p) => a + size(p), 0);
    // On a repeat visit the service worker answers the gmina index from its precache; the other data
    // files are network-first (fresh facts when online), so they come again.
    const repeat = files.filter((p) => !p.endsWith('/places.json')).reduce((a, p) => a + size(p), 0);
    console.log(`BENCH resident's data, ${label} catalogue, ${path.village} → gmina ${path.code} (${projectsShown} projects) → a project: first visit ${kb(first)} gzip, repeat visit ${kb(repeat)} gzip (${files.join(', ')})`);
  }
  server.close();
}
await browser.close();
