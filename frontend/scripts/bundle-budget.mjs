// The bundle-size budget, run after `vite build` by `npm run build` (so by `./mvnw verify`):
// fails the build when the shopper's first page needs more compressed kilobytes than the budget.
// "Needs" is index.html plus every file its entry loads before the page can run: the entry's
// static imports, transitively, and their CSS. Lazy route chunks (the admin area, the product,
// cart and checkout pages) are not part of it. Sizes are gzip at level 6, as Tomcat sends them.
//   node scripts/bundle-budget.mjs --max-kb=<budget> [--dist=target/dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const budgetKb = Number(options['max-kb']);
if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
  console.error('Give the budget: --max-kb=<compressed kilobytes>');
  process.exit(2);
}
const dist = options.dist ?? 'target/dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

/** Every file an entry needs before it runs: the entry, its static imports and their CSS. */
function firstLoadFiles(entryKey) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.css ?? []).forEach((css) => files.add(css));
    (chunk.imports ?? []).forEach(visit);
  };
  visit(entryKey);
  return files;
}

function sizes(file) {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

function report(entryKey, html) {
  const files = [html, ...firstLoadFiles(entryKey)];
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const size = sizes(file);
    raw += size.raw;
    gzip += size.gzip;
    console.log(`  ${file.padEnd(48)} ${kb(size.raw).padStart(8)} KB ${kb(size.gzip).padStart(8)} KB gzip`);
  }
  console.log(`  ${'total'.padEnd(48)} ${kb(raw).padStart(8)} KB ${kb(gzip).padStart(8)} KB gzip`);
  return gzip;
}

console.log("The shopper's first page (/):");
const shop = report('index.html', 'index.html');
console.log('GraphiQL (/graphiql), for comparison, with no budget:');
report('graphiql.html', 'graphiql.html');

if (shop > budgetKb * 1024) {
  console.error(
    `The shopper's first page needs ${kb(shop)} KB compressed, over the budget of ${budgetKb} KB ` +
      '(frontend/package.json, "budget"). Split what the first page does not need into a lazy chunk.',
  );
  process.exit(1);
}
console.log(`Within the budget: ${kb(shop)} KB of ${budgetKb} KB compressed.`);
