// Lighthouse-style load timings of the shop's pages, measured with Chromium's own performance
// APIs on a cold cache, on a desktop and on a throttled phone, and printed as Markdown tables
// (the README's). A measurement, not a test: it fails only when a page can't be loaded.
//   E2E_BASE_URL     the shop to measure (default http://localhost:8080)
//   BEFORE_BASE_URL  optional: a second shop (e.g. an older build) measured in the same run,
//                    its loads taken in turn with the first one's, so both see the same machine
//   RUNS             cold loads per page, viewport and shop (default 3); the tables show medians
//   TIMINGS_JSON     optional: a file for every single load's numbers
//   CHROMIUM_PATH    the browser (default /usr/bin/chromium)
//
// Each load is a new browser context (an empty cache, no cookies, no open connections), so it is
// a first visit. What is measured, in ms from the start of the navigation, as Lighthouse names it:
//   TTFB  the navigation's responseStart (navigation timing)
//   FCP   the paint timing's first-contentful-paint
//   LCP   the last largest-contentful-paint entry before the page settled
//   DCL, load  the navigation's domContentLoadedEventEnd and loadEventEnd
//   TBT   total blocking time: the part over 50 ms of every long task after FCP
//   CLS   the sum of layout-shift entries without recent input (as the layout-shift script)
// The page counts as settled once `load` fired, no request but a live update stream has been in
// flight for 500 ms, and 1 s went by.
// Desktop: 1280×800, Lighthouse's desktop throttling (40 ms round trip, 10 Mbit/s, CPU ×1).
// Phone: 390×844, Lighthouse's mobile "slow 4G" as DevTools applies it (562.5 ms round trip,
// 1.47 Mbit/s down, 675 kbit/s up) and the CPU slowed ×4, both through the DevTools protocol.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const after = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
const before = process.env.BEFORE_BASE_URL;
const runs = Number(process.env.RUNS ?? 3);

const kbit = (kilobits) => (kilobits * 1024) / 8;
const PROFILES = {
  desktop: {
    label: 'Desktop 1280×800',
    context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
    network: { latency: 40, downloadThroughput: kbit(10240), uploadThroughput: kbit(10240) },
    cpu: 1,
  },
  phone: {
    label: 'Phone 390×844, slow 4G, CPU ×4',
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    network: { latency: 562.5, downloadThroughput: kbit(1474.56), uploadThroughput: kbit(675) },
    cpu: 4,
  },
};

/**
 * The pages, by the address each shop has for them. The category's landing page came with
 * issue 13; before it, a category was the catalog filtered by it.
 */
const PAGES = [
  { name: 'Home', path: () => '/' },
  { name: 'Search', path: () => '/search?q=bamboo' },
  { name: 'Product', path: () => '/products/aria-wireless-headphones' },
  { name: 'Category', path: (landingPages) => (landingPages ? '/category/audio' : '/?category=audio') },
  { name: 'Cart (one line)', path: () => '/cart', cart: true },
];

const METRICS = ['ttfb', 'fcp', 'lcp', 'dcl', 'load', 'tbt', 'cls'];
const HEADINGS = { ttfb: 'TTFB', fcp: 'FCP', lcp: 'LCP', dcl: 'DCL', load: 'load', tbt: 'TBT', cls: 'CLS' };

/** Runs in the page before its own scripts: collects what the page's timeline can't give later. */
function observe() {
  const seen = { lcp: 0, cls: 0, longTasks: [] };
  window.__timings = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

function read() {
  const seen = window.__timings;
  const navigation = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  // A long task's blocking time is what it takes over 50 ms; only the part after FCP counts.
  const tbt = seen.longTasks.reduce((sum, [start, duration]) => {
    const end = start + duration;
    const from = Math.max(start, fcp);
    return end > from && duration > 50 ? sum + Math.max(0, end - from - 50) : sum;
  }, 0);
  return {
    ttfb: navigation.responseStart,
    fcp,
    lcp: seen.lcp,
    dcl: navigation.domContentLoadedEventEnd,
    load: navigation.loadEventEnd,
    tbt,
    cls: seen.cls,
  };
}

/** Puts one item in the context's (so the page's) cart through the API, as a shopper had before. */
async function fillCart(context, base) {
  const found = await context.request.post(`${base}/graphql`, {
    headers: { Accept: 'application/json' },
    data: { query: '{ product(slug: "aria-wireless-headphones") { id } }' },
  });
  const productId = (await found.json()).data.product.id;
  const send = (headers = {}) =>
    context.request.post(`${base}/graphql`, {
      headers: { Accept: 'application/json', ...headers },
      data: {
        query:
          'mutation ($id: ID!) { addToCart(productId: $id, quantity: 1) { cart { totalQuantity } userErrors { message } } }',
        variables: { id: productId },
      },
    });
  let response = await send();
  if (response.status() === 403) {
    // Refused for want of the CSRF token the refusal set: send it back, as the SPA does.
    const token = (await context.cookies(base)).find((cookie) => cookie.name === 'XSRF-TOKEN');
    response = await send(token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.value) } : {});
  }
  const body = await response.json();
  if (!(body.data?.addToCart?.cart?.totalQuantity > 0)) {
    throw new Error(`Could not fill the cart at ${base}: ${JSON.stringify(body)}`);
  }
}

/** Whether a shop has category landing pages (the SPA answers 404 for an unknown one). */
async function hasLandingPages(base) {
  const response = await fetch(`${base}/category/no-such-category-at-all`, {
    headers: { Accept: 'text/html' },
  });
  return response.status === 404;
}

/**
 * A wait for no request in flight for 500 ms, as Playwright's `networkidle`, except that a live
 * update stream (`Accept: text/event-stream`, open for as long as the page is) doesn't count.
 */
function networkQuiet(tab) {
  const inFlight = new Set();
  let lastChange = Date.now();
  const isStream = (request) => (request.headers()['accept'] ?? '').includes('text/event-stream');
  tab.on('request', (request) => {
    if (!isStream(request)) inFlight.add(request);
    lastChange = Date.now();
  });
  const done = (request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  tab.on('requestfinished', done);
  tab.on('requestfailed', done);
  return async (timeout) => {
    const giveUp = Date.now() + timeout;
    while (inFlight.size > 0 || Date.now() - lastChange < 500) {
      if (Date.now() > giveUp)
        throw new Error(`still ${inFlight.size} requests in flight after ${timeout} ms`);
      await tab.waitForTimeout(100);
    }
  };
}

async function load(browser, base, landingPages, page, profile) {
  const context = await browser.newContext({ ...profile.context, locale: 'en-US' });
  try {
    if (page.cart) await fillCart(context, base);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await tab.addInitScript(observe);
    const quiet = networkQuiet(tab);
    const response = await tab.goto(`${base}${page.path(landingPages)}`, {
      waitUntil: 'load',
      timeout: 120_000,
    });
    if (!response?.ok()) throw new Error(`${base}${page.path(landingPages)} answered ${response?.status()}`);
    await quiet(120_000);
    await tab.waitForTimeout(1000);
    return await tab.evaluate(read);
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function format(metric, value) {
  if (value === undefined || Number.isNaN(value)) return '–';
  return metric === 'cls' ? value.toFixed(3) : Math.round(value).toLocaleString('en-US');
}

const shops = before
  ? [
      { label: 'before', base: before },
      { label: 'after', base: after },
    ]
  : [{ label: 'after', base: after }];
for (const shop of shops) shop.landingPages = await hasLandingPages(shop.base);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const samples = [];
try {
  for (const [profileName, profile] of Object.entries(PROFILES)) {
    for (const page of PAGES) {
      for (let run = 1; run <= runs; run++) {
        // In turn, so that a busier moment of the machine falls on both shops alike.
        for (const shop of shops) {
          const numbers = await load(browser, shop.base, shop.landingPages, page, profile);
          samples.push({ profile: profileName, page: page.name, shop: shop.label, run, ...numbers });
          process.stderr.write(
            `${profileName} ${page.name} ${shop.label} #${run}: ${JSON.stringify(numbers)}\n`,
          );
        }
      }
    }
  }
} finally {
  await browser.close();
}
if (process.env.TIMINGS_JSON)
  writeFileSync(process.env.TIMINGS_JSON, `${JSON.stringify(samples, null, 2)}\n`);

const of = (profile, page, shop, metric) =>
  median(
    samples.filter((s) => s.profile === profile && s.page === page && s.shop === shop).map((s) => s[metric]),
  );

console.log(
  `Median of ${runs} cold loads, ms (CLS unitless)${before ? `; before ${before} → after ${after}` : `, ${after}`}, ${new Date().toISOString().slice(0, 10)}\n`,
);
for (const [profileName, profile] of Object.entries(PROFILES)) {
  console.log(`${profile.label}\n`);
  console.log(`| Page | ${METRICS.map((metric) => HEADINGS[metric]).join(' | ')} |`);
  console.log(`|---|${METRICS.map(() => '---:').join('|')}|`);
  for (const page of PAGES) {
    const cells = METRICS.map((metric) =>
      shops.map((shop) => format(metric, of(profileName, page.name, shop.label, metric))).join(' → '),
    );
    console.log(`| ${page.name} | ${cells.join(' | ')} |`);
  }
  console.log('');
}
