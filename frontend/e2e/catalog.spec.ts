import { expect, test } from '@playwright/test';
import { categories, firstPageSlugs, productSlugsIn } from './support/api';
import { cardPrices, cardSlugs, escapeRegExp, productCards, waitForResults } from './support/catalog';

test.describe('Catalog', () => {
  test('opens on a grid of the first 20 products', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByRole('link', { name: 'Storefront' })).toBeVisible();
    await waitForResults(page);
    await expect(productCards(page)).toHaveCount(20);
    await expect(page.getByText(/^Showing 20 of \d+ products$/)).toBeVisible();
    const first = productCards(page).first();
    await expect(first.getByText(/^(In stock|Sold out)$/)).toBeVisible();
    await expect(first.locator('data')).toHaveText(/\d/);
  });

  test('filters by one category, keeps the filter in the address and through a reload', async ({
    page,
    request,
  }) => {
    const all = await categories(request);
    const category = all.find((c) => c.productCount > 0);
    expect(category, 'the demo catalog has a category with products').toBeDefined();
    const { slug, name, productCount } = category!;
    const inCategory = new Set(await productSlugsIn(request, slug));

    await page.goto('/');
    await waitForResults(page);
    // The box follows the address, which the click changes through the router a moment later:
    // click, then wait for it to show ticked (check() asserts at once and lost that race).
    const box = page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)} \\(\\d+\\)$`) });
    await box.click();
    await expect(box).toBeChecked();

    await expect(page).toHaveURL(new RegExp(`[?&]category=${escapeRegExp(encodeURIComponent(slug))}(&|$)`));
    const expected = Math.min(20, productCount);
    const onlyThatCategory = async () => {
      await waitForResults(page);
      await expect(page.getByText(`Showing ${expected} of ${productCount} products`)).toBeVisible();
      const shown = await cardSlugs(page);
      expect(shown).toHaveLength(expected);
      expect(
        shown.filter((s) => !inCategory.has(s)),
        `cards outside ${slug}`,
      ).toEqual([]);
    };
    await expect(onlyThatCategory).toPass({ timeout: 15_000 });

    await page.reload();

    await expect(
      page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)} \\(`) }),
    ).toBeChecked();
    await expect(onlyThatCategory).toPass({ timeout: 15_000 });
  });

  test('sorts by price, low to high', async ({ page, request }) => {
    const cheapestFirst = await firstPageSlugs(request, 'PRICE_ASC');
    await page.goto('/');
    await waitForResults(page);

    await page.getByLabel('Sort by').selectOption({ label: 'Price: low to high' });

    await expect(page).toHaveURL(/[?&]sort=PRICE_ASC(&|$)/);
    await expect(async () => {
      await waitForResults(page);
      expect(await cardSlugs(page)).toEqual(cheapestFirst);
    }).toPass({ timeout: 15_000 });
    const prices = (await cardPrices(page)).map(Number);
    expect(prices.length).toBeGreaterThan(1);
    for (let i = 1; i < prices.length; i++) {
      expect(prices[i], `price ${i} is not below the one before`).toBeGreaterThanOrEqual(prices[i - 1]);
    }
  });

  test('"Load more" appends the next 20 products without repeating any', async ({ page }) => {
    await page.goto('/');
    await waitForResults(page);
    await expect(productCards(page)).toHaveCount(20);

    await page.getByRole('button', { name: 'Load more' }).click();

    await expect(productCards(page)).toHaveCount(40);
    await waitForResults(page);
    await expect(page.getByText(/^Showing 40 of \d+ products$/)).toBeVisible();
    const slugs = await cardSlugs(page);
    expect(new Set(slugs).size).toBe(40);
  });
});
