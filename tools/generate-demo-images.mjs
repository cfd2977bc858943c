#!/usr/bin/env node
// Generates one placeholder product image per product of the demo catalog.
//
//   node tools/generate-demo-images.mjs
//
// Reads backend/src/main/resources/demo/catalog.json and (re)writes
// backend/src/main/resources/static/images/products/<slug>.svg for every product.
// Each image is a 600x600 SVG: a soft gradient in the category's colour family, a flat
// icon for the category and the product title. No dependencies beyond Node itself.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalogPath = join(root, 'backend/src/main/resources/demo/catalog.json');
const outDir = join(root, 'backend/src/main/resources/static/images/products');

const MAX_LINE = 22;
const MAX_LINES = 3;
const MAX_BYTES = 3 * 1024;

// Colour families: bg0/bg1 = background gradient, main = icon, accent = icon details, text = title.
const PALETTES = {
  violet: { bg0: '#f4f0ff', bg1: '#ddd3ff', main: '#5b3fc4', accent: '#a592f0', text: '#2d1f6b' },
  blue: { bg0: '#ebf4ff', bg1: '#cde2fb', main: '#2a6bb8', accent: '#8fb9ea', text: '#143a66' },
  orange: { bg0: '#fff4eb', bg1: '#ffd9c2', main: '#cf632b', accent: '#f2a77c', text: '#6b2e10' },
  green: { bg0: '#f1f7ee', bg1: '#d4e8cc', main: '#4f8a4a', accent: '#a6cf9d', text: '#24421f' },
  teal: { bg0: '#eaf7f5', bg1: '#c6e8e1', main: '#23806f', accent: '#86cbbd', text: '#0f3f37' },
  red: { bg0: '#fff1f0', bg1: '#ffd2d0', main: '#cc4646', accent: '#f09a9a', text: '#6a1c1c' },
  amber: { bg0: '#fff9e8', bg1: '#fbe5ab', main: '#b07d14', accent: '#e8c46a', text: '#5a3e06' },
  pink: { bg0: '#fff0f7', bg1: '#ffd2e7', main: '#c73d82', accent: '#f29cc6', text: '#66143f' },
};

// Flat icons drawn with basic shapes, centred around (300, 235). M = main colour, A = accent.
const ICONS = {
  headphones: (M, A) =>
    `<path d="M180 280v-40a120 120 0 0 1 240 0v40" fill="none" stroke="${M}" stroke-width="22" stroke-linecap="round"/>` +
    `<rect x="150" y="250" width="62" height="110" rx="26" fill="${M}"/><rect x="388" y="250" width="62" height="110" rx="26" fill="${M}"/>` +
    `<rect x="196" y="268" width="22" height="74" rx="10" fill="${A}"/><rect x="382" y="268" width="22" height="74" rx="10" fill="${A}"/>`,
  laptop: (M, A) =>
    `<rect x="180" y="130" width="240" height="170" rx="14" fill="${M}"/><rect x="196" y="146" width="208" height="138" rx="6" fill="${A}"/>` +
    `<path d="M140 312h320l-18 34H158z" fill="${M}"/><rect x="270" y="318" width="60" height="8" rx="4" fill="${A}"/>`,
  mug: (M, A) =>
    `<path d="M250 110c-18 20 18 30 0 50M300 110c-18 20 18 30 0 50" fill="none" stroke="${A}" stroke-width="10" stroke-linecap="round"/>` +
    `<circle cx="372" cy="255" r="46" fill="none" stroke="${M}" stroke-width="20"/>` +
    `<rect x="190" y="180" width="180" height="170" rx="28" fill="${M}"/><rect x="214" y="204" width="40" height="110" rx="14" fill="${A}"/>`,
  lamp: (M, A) =>
    `<path d="M245 120h110l45 105H200z" fill="${M}"/><rect x="292" y="225" width="16" height="105" fill="${M}"/>` +
    `<ellipse cx="300" cy="340" rx="70" ry="16" fill="${M}"/><circle cx="300" cy="232" r="16" fill="${A}"/>`,
  mountain: (M, A) =>
    `<circle cx="400" cy="150" r="38" fill="${A}"/><path d="M110 350l140-200 80 110 50-60 110 150z" fill="${M}"/>` +
    `<path d="M250 150l-38 54 24-8 14 16 14-16 25 8z" fill="#fff" opacity=".85"/>`,
  dumbbell: (M, A) =>
    `<rect x="200" y="226" width="200" height="20" rx="8" fill="${A}"/>` +
    `<rect x="140" y="190" width="30" height="92" rx="10" fill="${M}"/><rect x="170" y="170" width="34" height="132" rx="10" fill="${M}"/>` +
    `<rect x="430" y="190" width="30" height="92" rx="10" fill="${M}"/><rect x="396" y="170" width="34" height="132" rx="10" fill="${M}"/>`,
  book: (M, A) =>
    `<path d="M300 160c-40-30-100-32-150-14v196c50-18 110-16 150 14z" fill="${M}"/>` +
    `<path d="M300 160c40-30 100-32 150-14v196c-50-18-110-16-150 14z" fill="${M}" opacity=".85"/>` +
    `<path d="M180 190c30-8 65-6 95 8M180 230c30-8 65-6 95 8M325 198c30-14 65-16 95-8M325 238c30-14 65-16 95-8" fill="none" stroke="${A}" stroke-width="8" stroke-linecap="round"/>`,
  die: (M, A) =>
    `<rect x="330" y="230" width="110" height="110" rx="14" fill="${A}"/>` +
    `<rect x="170" y="140" width="170" height="170" rx="26" fill="${M}" transform="rotate(-10 255 225)"/>` +
    `<g fill="#fff" transform="rotate(-10 255 225)"><circle cx="215" cy="185" r="15"/><circle cx="255" cy="225" r="15"/><circle cx="295" cy="265" r="15"/></g>`,
  tag: (M, A) =>
    `<path d="M180 170h150l100 100-110 110-140-140z" fill="${M}"/><circle cx="230" cy="220" r="18" fill="${A}"/>`,
};

// Category slug -> [palette, icon]. Unknown categories get a stable fallback from their slug.
const CATEGORY_STYLE = {
  audio: ['violet', 'headphones'],
  'computers-accessories': ['blue', 'laptop'],
  kitchen: ['orange', 'mug'],
  'home-living': ['green', 'lamp'],
  outdoor: ['teal', 'mountain'],
  fitness: ['red', 'dumbbell'],
  'books-stationery': ['amber', 'book'],
  'toys-games': ['pink', 'die'],
};

function styleFor(category) {
  if (CATEGORY_STYLE[category]) return CATEGORY_STYLE[category];
  const names = Object.keys(PALETTES);
  let h = 0;
  for (const ch of String(category)) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return [names[h % names.length], 'tag'];
}

const escapeXml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

// Word-wraps a title into at most MAX_LINES lines of at most MAX_LINE characters.
// Over-long words are split; text that doesn't fit ends with an ellipsis.
function wrapTitle(title) {
  const words = [];
  for (const w of title.trim().split(/\s+/)) {
    for (let i = 0; i < w.length; i += MAX_LINE) words.push(w.slice(i, i + MAX_LINE));
  }
  const lines = [];
  let cur = '';
  for (const w of words) {
    if (!cur) cur = w;
    else if (cur.length + 1 + w.length <= MAX_LINE) cur += ' ' + w;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  if (lines.length > MAX_LINES) {
    lines.length = MAX_LINES;
    let last = lines[MAX_LINES - 1];
    if (last.length > MAX_LINE - 1) last = last.slice(0, MAX_LINE - 1).trimEnd();
    lines[MAX_LINES - 1] = last + '…';
  }
  return lines;
}

function renderSvg(product) {
  const [paletteName, iconName] = styleFor(product.category);
  const p = PALETTES[paletteName];
  const lines = wrapTitle(product.title);
  // Shrink the type a little for long lines so 22 characters still fit inside the square.
  const longest = Math.max(...lines.map((l) => l.length));
  const fontSize = Math.min(38, Math.floor(520 / (longest * 0.68)));
  const lineHeight = Math.round(fontSize * 1.22);
  // Title block sits in the lower part, vertically centred around y = 475.
  const firstBaseline = 475 - ((lines.length - 1) * lineHeight) / 2 + Math.round(fontSize / 3);
  const tspans = lines
    .map((l, i) => `<tspan x="300" y="${Math.round(firstBaseline + i * lineHeight)}">${escapeXml(l)}</tspan>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600" width="600" height="600" role="img">` +
    `<title>${escapeXml(product.title)}</title>` +
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${p.bg0}"/><stop offset="1" stop-color="${p.bg1}"/></linearGradient></defs>` +
    `<rect width="600" height="600" fill="url(#bg)"/>` +
    `<circle cx="300" cy="240" r="170" fill="#fff" opacity=".45"/>` +
    ICONS[iconName](p.main, p.accent) +
    `<text font-family="system-ui, sans-serif" font-size="${fontSize}" font-weight="600" fill="${p.text}" text-anchor="middle">${tspans}</text>` +
    `</svg>\n`
  );
}

function main() {
  const catalog = JSON.parse(readFileSync(catalogPath, 'utf8'));
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  let largest = 0;
  const expected = new Set();
  for (const product of catalog.products) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(product.slug)) throw new Error(`Bad slug: ${product.slug}`);
    const svg = renderSvg(product);
    const bytes = Buffer.byteLength(svg, 'utf8');
    if (bytes >= MAX_BYTES) throw new Error(`${product.slug}.svg is ${bytes} bytes (limit ${MAX_BYTES})`);
    largest = Math.max(largest, bytes);
    writeFileSync(join(outDir, `${product.slug}.svg`), svg);
    expected.add(`${product.slug}.svg`);
    written++;
  }
  const orphans = readdirSync(outDir).filter((f) => f.endsWith('.svg') && !expected.has(f));
  console.log(`Wrote ${written} SVGs to ${outDir} (largest ${largest} bytes).`);
  if (orphans.length) console.log(`Not in the catalog (left alone): ${orphans.join(', ')}`);
}

main();
