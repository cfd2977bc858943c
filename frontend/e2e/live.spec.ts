import { type Browser, expect, type Page, test } from '@playwright/test';
import { ADMIN, newShopper, signIn, signUp } from './support/account';
import { asAdmin } from './support/api';
import { addOnProductPage, cartLine, expectCartCount, inStockProducts, pickProducts } from './support/cart';

/** A page in a browser context of its own (its own cookies: another browser, as far as the shop knows). */
async function pageInNewContext(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  return context.newPage();
}

/**
 * Marks the loaded document, so that a test can tell later that what it saw came without a
 * reload: a reload (or any full navigation) loses the mark.
 */
async function markDocument(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { liveMark?: string }).liveMark = 'not reloaded';
  });
}

async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe(
    'not reloaded',
  );
}

test.describe('Live updates', () => {
  test('a shopper signed in on two browsers sees an add in one in the other’s badge and cart page, without a reload', async ({
    page,
    browser,
    baseURL,
    request,
  }) => {
    const [lamp, kettle] = pickProducts(await inStockProducts(request), 2, { minStock: 3 });
    const shopper = newShopper();
    await page.goto('/sign-up');
    await signUp(page, shopper);

    const other = await pageInNewContext(browser, baseURL);
    try {
      await other.goto('/sign-in');
      await signIn(other, shopper.email, shopper.password);
      await other.goto('/cart');
      await expect(other.getByText('Your cart is empty.')).toBeVisible();
      await expectCartCount(other, 0);
      await markDocument(other);

      await addOnProductPage(page, lamp, 2);

      await expectCartCount(other, 2);
      await expect(cartLine(other, lamp.title)).toBeVisible();
      await expectNotReloaded(other);

      // And the other way round, onto the product page the first browser still has open.
      await markDocument(page);
      await addOnProductPage(other, kettle, 1);
      await expectCartCount(page, 3);
      await expectNotReloaded(page);
    } finally {
      await other.context().close();
    }
  });

  test('an admin’s price and stock change shows on a shopper’s open product page, without a reload', async ({
    page,
    request,
  }) => {
    const title = `E2E Live Lamp ${Date.now()}`;
    const created = await asAdmin(request, ADMIN, (send) =>
      send<{ createProduct: { product: { id: string; slug: string } } }>(
        'mutation ($input: ProductInput!) { createProduct(input: $input) { product { id slug } userErrors { code } } }',
        {
          input: { title, description: 'A lamp the live-update test changes.', price: '30.00', stock: 7 },
        },
      ),
    );
    const { id, slug } = created.createProduct.product;
    const update = (input: Record<string, unknown>) =>
      asAdmin(request, ADMIN, (send) =>
        send(
          'mutation ($id: ID!, $input: ProductUpdateInput!) { updateProduct(id: $id, input: $input) { userErrors { code } } }',
          { id, input },
        ),
      );
    try {
      await page.goto(`/products/${encodeURIComponent(slug)}`);
      const main = page.getByRole('main');
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(main.locator('data[value="30.00"]')).toBeVisible();
      await expect(main.getByText('7 in stock', { exact: true })).toBeVisible();
      await markDocument(page);

      await update({ price: '24.50', stock: 3 });

      await expect(main.locator('data[value="24.50"]')).toBeVisible();
      await expect(main.getByText('3 in stock', { exact: true })).toBeVisible();

      // Taken off sale: the page keeps what it showed, says so, and offers no "Add to cart".
      await update({ active: false });

      await expect(main.getByText('No longer on sale', { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(main.locator('data[value="24.50"]')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Add to cart', exact: true })).toHaveCount(0);
      await expectNotReloaded(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
    } finally {
      await asAdmin(request, ADMIN, (send) =>
        send('mutation ($id: ID!) { deleteProduct(id: $id) { userErrors { code } } }', { id }),
      );
    }
  });
});
