import { expect, test } from '@playwright/test';
import { someProduct } from './support/api';

test.describe('Product page', () => {
  test('opens directly by its address and shows the title and price', async ({ page, request }) => {
    const product = await someProduct(request);

    await page.goto(`/products/${encodeURIComponent(product.slug)}`);

    await expect(page.getByRole('heading', { level: 1, name: product.title })).toBeVisible();
    const price = page.getByRole('main').locator(`data[value="${product.price.amount}"]`);
    await expect(price).toBeVisible();
    await expect(price).toHaveText(/\d/);
    await expect(page.getByText(/^(\d+ in stock|Sold out)$/)).toBeVisible();
  });

  test('an unknown slug shows "Product not found"', async ({ page }) => {
    await page.goto(`/products/no-such-product-${Date.now()}`);

    await expect(page.getByRole('heading', { level: 1, name: 'Product not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the shop' })).toBeVisible();
  });

  test('an unknown address shows "Page not found"', async ({ page }) => {
    await page.goto('/no/such/page');

    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});
