import { type Browser, expect, type Page, test } from '@playwright/test';
import { ADMIN, header, signIn } from './support/account';
import { productCards, waitForResults } from './support/catalog';

/** A page in a browser context of its own: an anonymous shopper, not signed in as the admin. */
async function shopperPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  return context.newPage();
}

async function findInAdminList(page: Page, title: string) {
  await page.goto('/admin');
  await page.getByRole('searchbox', { name: 'Search products' }).fill(title);
  // The admin list's own search, not the header's.
  await page.getByRole('main').getByRole('button', { name: 'Search', exact: true }).click();
  const row = page.getByRole('table', { name: 'Products' }).getByRole('row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  return row;
}

test.describe('Admin', () => {
  test('the demo admin creates a product, changes its price and deletes it, and the shop follows', async ({
    page,
    browser,
    baseURL,
  }) => {
    const title = `E2E Desk Lamp ${Date.now()}`;

    // Signing in from the admin page comes back to it.
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/sign-in\?next=\/admin$/);
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(header(page).getByRole('link', { name: 'Admin' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();

    // Create.
    await page.getByRole('link', { name: 'New product' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Description', { exact: true }).fill('A lamp made by the end-to-end tests.');
    await page.getByLabel('Price', { exact: true }).fill('24.99');
    await page.getByLabel('Stock', { exact: true }).fill('5');
    await page.getByLabel('Tags', { exact: true }).fill('e2e, lamp');
    await page.getByRole('button', { name: 'Create product' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    const row = await findInAdminList(page, title);
    await expect(row).toContainText('Active');
    await expect(row.locator('data[value="24.99"]')).toBeVisible();

    // The shop lists it first (newest first) and shows its page and price.
    const shop = await shopperPage(browser, baseURL);
    await shop.goto('/');
    await waitForResults(shop);
    await expect(productCards(shop).first().getByRole('link', { name: title, exact: true })).toBeVisible();
    await productCards(shop).first().getByRole('link', { name: title, exact: true }).click();
    await expect(shop.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(shop.getByRole('main').locator('data[value="24.99"]')).toBeVisible();
    const productUrl = shop.url();

    // Edit the price.
    await row.getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByLabel('Price', { exact: true })).toHaveValue('24.99');
    await page.getByLabel('Price', { exact: true }).fill('19.50');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(/\/admin$/);

    await shop.goto(productUrl);
    await expect(shop.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(shop.getByRole('main').locator('data[value="19.50"]')).toBeVisible();

    // Delete, after confirming.
    const updated = await findInAdminList(page, title);
    await expect(updated.locator('data[value="19.50"]')).toBeVisible();
    await updated.getByRole('button', { name: `Delete ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${title}”?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete product' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(updated).toContainText('Archived');

    // Gone from the shop: its page and the newest products.
    await shop.goto(productUrl);
    await expect(shop.getByRole('heading', { level: 1, name: 'Product not found' })).toBeVisible();
    await shop.goto('/');
    await waitForResults(shop);
    await expect(productCards(shop).getByRole('link', { name: title, exact: true })).toHaveCount(0);
    await shop.context().close();
  });
});
