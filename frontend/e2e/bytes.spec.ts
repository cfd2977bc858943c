import { expect, test } from '@playwright/test';
import { graphql } from './support/api';

/** The first script index.html names: one of the hashed assets. */
async function firstScript(html: string): Promise<string> {
  const match = /src="(\/assets\/[^"]+\.js)"/.exec(html);
  expect(match, 'index.html names a hashed script').not.toBeNull();
  return match![1];
}

test.describe('Bytes and caching', () => {
  test('sends scripts compressed and cacheable for a year, and revalidates the page', async ({ request }) => {
    const index = await request.get('/', { headers: { Accept: 'text/html', 'Accept-Encoding': 'gzip, br' } });
    expect(index.status()).toBe(200);
    expect(index.headers()['cache-control']).toBe('no-cache');

    const script = await request.get(await firstScript(await index.text()), {
      headers: { 'Accept-Encoding': 'gzip, br' },
    });
    expect(script.status()).toBe(200);
    expect(script.headers()['content-type']).toMatch(/^text\/javascript/);
    expect(script.headers()['content-encoding']).toBe('gzip');
    expect(script.headers()['cache-control']).toBe('max-age=31536000, public, immutable');

    const deepLink = await request.get('/cart', { headers: { Accept: 'text/html' } });
    expect(deepLink.headers()['cache-control']).toBe('no-cache');
  });

  test("doesn't download the admin area on the shopper's first page", async ({ page }) => {
    const scripts: Promise<{ url: string; text: string }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(response.text().then((text) => ({ url: response.url(), text })));
      }
    });
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Products' })).toBeVisible();
    await page.waitForLoadState('networkidle');

    const code = await Promise.all(scripts);
    expect(code.length).toBeGreaterThan(0);
    // Strings only the admin's pages hold: in no script the first page loaded.
    for (const adminText of ['Products — Storefront admin', 'Orders — Storefront admin']) {
      expect(
        code.filter(({ text }) => text.includes(adminText)).map(({ url }) => url),
        adminText,
      ).toEqual([]);
    }
  });
});

test.describe('Pages of their own', () => {
  test("answers an unknown product's address with 404 and the not-found page", async ({ page }) => {
    const response = await page.goto('/products/no-such-product-anywhere');

    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Product not found' })).toBeVisible();
    await expect(page).toHaveTitle('Product not found — Storefront');
  });

  test("answers an unknown category's address with 404", async ({ request }) => {
    const response = await request.get('/category/no-such-category', { headers: { Accept: 'text/html' } });
    expect(response.status()).toBe(404);
  });

  test('gives the product, category, search and cart pages their own titles', async ({ page, request }) => {
    const product = await page.goto('/products/aria-wireless-headphones');
    expect(product?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Aria Wireless Headphones — Storefront$/);
    await expect(page.locator('meta[name="description"]')).not.toHaveAttribute(
      'content',
      'Storefront: shop the catalog.',
    );

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Audio' }).click();
    await expect(page).toHaveURL(/\/category\/audio$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Audio' })).toBeVisible();
    await expect(page).toHaveTitle('Audio — Storefront');
    // The category's own description, from the API, under its name and as the page's description.
    const { category } = await graphql<{ category: { description: string } }>(
      request,
      '{ category(slug: "audio") { description } }',
    );
    expect(category.description).toBeTruthy();
    await expect(page.getByRole('main').getByText(category.description, { exact: true })).toBeVisible();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', category.description);

    await page.goto('/search?q=lamp');
    await expect(page).toHaveTitle('Search results for “lamp” — Storefront');

    await page.goto('/cart');
    await expect(page).toHaveTitle('Your cart — Storefront');
  });
});

test.describe('GraphiQL', () => {
  test('runs the example query and a mutation with nothing from beyond the shop', async ({
    page,
    baseURL,
  }) => {
    const shop = new URL(baseURL!).host;
    const elsewhere: string[] = [];
    await page.context().route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === shop || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });

    await page.goto('/graphiql');
    const run = page.locator('.graphiql-execute-button');
    const result = page.locator('.result-window');
    await expect(page.locator('.graphiql-query-editor')).toContainText('query CatalogPage', {
      timeout: 20_000,
    });
    // The button shows before the editors are wired to the fetcher: click until a run answers.
    await expect(async () => {
      await run.click();
      await expect(result).toContainText('"totalCount"', { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });

    // The example AddToCart, twice: the second write carries the session cookie the first one
    // made, so the API refuses it unless GraphiQL sends the CSRF token.
    await page.locator('.graphiql-tab-button', { hasText: 'AddToCart' }).click();
    await expect(page.locator('.graphiql-query-editor')).toContainText('mutation AddToCart');
    // Monaco lays the JSON out with no-break spaces.
    const quantity = async () => Number(/"totalQuantity":\s*(\d+)/.exec(await result.innerText())?.[1]);
    await expect(async () => {
      await run.click();
      await expect(result).toContainText('"totalQuantity"', { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    const first = await quantity();
    expect(first).toBeGreaterThan(0);
    await run.click();
    await expect(result).toContainText(`"totalQuantity": ${first + 1}`);
    await expect(result).not.toContainText('FORBIDDEN');

    expect(elsewhere).toEqual([]);
  });
});
