// Measures cumulative layout shift (CLS) of the shop's pages in headless Chromium, as a
// shopper on a desktop and on a phone gets it, and prints a Markdown table (the README's).
//   E2E_BASE_URL   the running shop (default http://localhost:8080)
//   API_DELAY_MS   how long every GraphQL answer is held back (default 600): on a fast local
//                  machine everything would arrive before the first paint and nothing could
//                  shift, which is not what a shopper on a phone network sees
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
// CLS sums the `layout-shift` entries that had no recent input (as Chrome's CLS does); a click
// excludes the shifts of the next 500 ms only, so the delay above makes a filter change count.
import { chromium } from '@playwright/test';

const base = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
const delay = Number(process.env.API_DELAY_MS ?? 600);

const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
};

/** Sums the page's layout shifts into `window.__cls`; `buffered` also counts those before the call. */
function observeShifts(buffered) {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered });
}

async function graphql(query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()).data;
}

const { products } = await graphql(
  '{ products(first: 20, filter: { inStock: true }) { nodes { id slug title category { slug } } } }',
);
const product = products.nodes[0];
const word = product.title.split(/\s+/).find((w) => w.length >= 4) ?? product.title;

/** Settles the page: the network quiet, then a moment for late shifts. */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(delay + 700);
}

const SCENARIOS = [
  { name: 'Home (`/`)', run: (page) => page.goto('/') },
  {
    name: `Search (\`/search?q=${word.toLowerCase()}\`)`,
    run: (page) => page.goto(`/search?q=${encodeURIComponent(word.toLowerCase())}`),
  },
  { name: 'Product page', run: (page) => page.goto(`/products/${encodeURIComponent(product.slug)}`) },
  {
    name: 'Cart (one line)',
    before: async (page) => {
      await page.goto(`/products/${encodeURIComponent(product.slug)}`);
      await page.getByRole('button', { name: 'Add to cart', exact: true }).click();
      await page
        .getByText(/^Added/)
        .first()
        .waitFor();
    },
    run: (page) => page.goto('/cart'),
  },
  {
    name: 'Home, then a filter ticked',
    before: async (page) => {
      await page.goto('/');
      await settle(page);
    },
    run: async (page) => {
      const toggle = page.getByRole('button', { name: /^(Show filters|Filters)/ });
      if (await toggle.isVisible()) await toggle.click();
      // A click, not check(): the box follows the address, which changes a moment later.
      await page.getByRole('checkbox', { name: /In stock only/ }).click();
      await page.waitForURL(/inStock=/);
      const show = page.getByRole('button', { name: /^Show \d+ results?$/ });
      if (await show.isVisible().catch(() => false)) await show.click();
    },
    inPage: true,
  },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const rows = [];
try {
  for (const scenario of SCENARIOS) {
    const row = [scenario.name];
    for (const [, options] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ ...options, baseURL: base, locale: 'en-US' });
      await context.route('**/graphql', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await route.continue();
      });
      const page = await context.newPage();
      if (scenario.before) await scenario.before(page);
      if (scenario.inPage) {
        await page.evaluate(observeShifts, false);
      } else {
        await page.addInitScript(observeShifts, true);
      }
      await scenario.run(page);
      await settle(page);
      row.push((await page.evaluate(() => window.__cls)).toFixed(3));
      await context.close();
    }
    rows.push(row);
  }
} finally {
  await browser.close();
}

console.log(`Cumulative layout shift, ${base}, every GraphQL answer held back ${delay} ms\n`);
console.log('| Page | Desktop 1280×800 | Phone 390×844 |');
console.log('|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
