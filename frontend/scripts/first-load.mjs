// Measures what a shopper's browser downloads on a cold first visit to a page of the running
// shop: every response Chromium receives until the network is idle, by kind, on the wire
// (compressed, with headers excluded) and decoded. Prints a Markdown table for the README.
//   E2E_BASE_URL=http://127.0.0.1:8080 node scripts/first-load.mjs [/path ...]
import { chromium } from '@playwright/test';

const base = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];

function kindOf(response) {
  const type = response.request().resourceType();
  if (type === 'document') return 'HTML';
  if (type === 'script') return 'JavaScript';
  if (type === 'stylesheet') return 'CSS';
  if (type === 'image') return 'images';
  if (type === 'fetch' || type === 'xhr') return 'API';
  return 'other';
}

async function measure(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const done = [];
  page.on('requestfinished', (request) => {
    done.push(
      (async () => {
        const response = await request.response();
        if (!response) return null;
        const sizes = await request.sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        return {
          kind: kindOf(response),
          wire: sizes.responseBodySize,
          decoded: body.length,
          url: request.url(),
        };
      })(),
    );
  });
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
  const entries = (await Promise.all(done)).filter(Boolean);
  await context.close();
  const totals = new Map();
  for (const entry of entries) {
    for (const kind of [entry.kind, 'total']) {
      const sum = totals.get(kind) ?? { wire: 0, decoded: 0, count: 0 };
      sum.wire += entry.wire;
      sum.decoded += entry.decoded;
      sum.count += 1;
      totals.set(kind, sum);
    }
  }
  return { path, totals, entries };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  console.log('| page | kind | requests | on the wire (KB) | decoded (KB) |');
  console.log('|---|---|---:|---:|---:|');
  for (const path of paths) {
    const { totals, entries } = await measure(browser, path);
    for (const [kind, sum] of [...totals].sort((a, b) => (a[0] === 'total') - (b[0] === 'total'))) {
      console.log(`| \`${path}\` | ${kind} | ${sum.count} | ${kb(sum.wire)} | ${kb(sum.decoded)} |`);
    }
    if (process.env.FIRST_LOAD_VERBOSE) {
      for (const e of entries) console.error(`${e.kind}\t${e.wire}\t${e.decoded}\t${e.url}`);
    }
  }
} finally {
  await browser.close();
}
