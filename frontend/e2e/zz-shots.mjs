import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:18390';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const sizes = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
};
for (const [name, opts] of Object.entries(sizes)) {
  const context = await browser.newContext({ ...opts, baseURL: base, locale: 'en-US' });
  const page = await context.newPage();
  const shot = async (n) => {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/feel-shots/${name}-${n}.png` });
  };
  await page.goto('/');
  await shot('home');
  const header = await page.getByRole('banner').boundingBox();
  console.log(name, 'header', JSON.stringify(header));
  await page.goto('/category/audio');
  await shot('category');
  console.log(
    name,
    'title',
    await page.title(),
    '| meta',
    await page.locator('meta[name=description]').getAttribute('content'),
  );
  await page.goto('/products/aria-wireless-headphones');
  await shot('product');
  const add = await page.getByRole('button', { name: 'Add to cart', exact: true }).boundingBox();
  console.log(name, 'add', JSON.stringify(add));
  await page.getByRole('button', { name: 'Add to cart', exact: true }).click();
  await page.getByText('Added to cart', { exact: true }).waitFor();
  console.log(
    name,
    'focus after add',
    await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)),
  );
  await shot('product-added');
  await page.goto('/search?q=lamp');
  await shot('search');
  await page.goto('/search?q=lamp&minPrice=100&maxPrice=10');
  await shot('search-backwards');
  await page.goto('/cart');
  await shot('cart');
  if (name === 'phone') {
    await page.goto('/');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('checkbox', { name: /In stock only/ }).click();
    await page.waitForTimeout(800);
    await shot('filters');
    await page.goto('/search?q=lamp');
    await page.getByRole('button', { name: /^Refine/ }).click();
    await page.waitForTimeout(500);
    await shot('refine');
  }
  const r = await page.goto('/products/nope-nope');
  console.log(name, '404 product', r.status(), await page.title());
  const c = await page.goto('/category/nope-nope');
  await page.waitForTimeout(500);
  console.log(name, '404 category', c.status(), await page.title());
  await context.close();
}
await browser.close();
