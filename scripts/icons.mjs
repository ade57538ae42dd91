// Renders the app's PNG icons from its two SVGs with Debian's Chromium (playwright-core), so the PNGs
// never drift from the drawings. Run after changing an SVG, then commit the PNGs:
//   node scripts/icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  // iOS home screen: square, iOS rounds the corners itself.
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
const page = await browser.newPage();
for (const [svg, png, size] of SIZES) {
  const data = readFileSync(`public/icons/${svg}`, 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${data.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  writeFileSync(`public/icons/${png}`, await page.screenshot({ omitBackground: true }));
  console.log(`public/icons/${png} ${size}×${size}`);
}
await browser.close();
