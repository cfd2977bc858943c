import { expect, test } from '@playwright/test';
import { ADMIN, header, newShopper, signIn, signOut, signUp } from './support/account';
import { addOnProductPage, expectCartCount, inStockProducts, pickProducts } from './support/cart';
import {
  ADDRESS,
  confirmedOrderNumber,
  expectOrderStatus,
  fillCheckout,
  guestEmail,
  placeOrderButton,
  stockOnProductPage,
} from './support/orders';

test.describe('Checkout and orders', () => {
  test('a guest checks out, sees the confirmation, and the product page shows the stock taken', async ({
    page,
    request,
  }) => {
    const [product] = pickProducts(await inStockProducts(request), 1, { minStock: 3 });
    const before = await stockOnProductPage(page, product);

    await addOnProductPage(page, product, 2);
    const email = guestEmail();
    await fillCheckout(page, { email });
    const summary = page.getByRole('region', { name: 'Order summary' });
    await expect(summary.getByRole('listitem', { name: product.title })).toContainText('× 2');
    await placeOrderButton(page).click();

    const number = await confirmedOrderNumber(page);
    await expectOrderStatus(page, 'Placed');
    await expect(page.getByRole('region', { name: 'Items' })).toContainText(product.title);
    await expect(page.getByRole('region', { name: 'Shipping to' })).toContainText(ADDRESS.line1);
    await expect(page.getByRole('region', { name: /^Payment: / })).toBeVisible();
    await expect(page.getByText(`Confirmation sent to ${email}`)).toBeVisible();
    // The cart is empty now.
    await expectCartCount(page, 0);

    // The guest reads the order again in the same session (a reload), by its URL.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: `Order ${number}` })).toBeVisible();

    expect(await stockOnProductPage(page, product)).toBe(before - 2);
  });

  test('a signed-in shopper checks out, finds the order in their history, and cancelling puts the stock back', async ({
    page,
    request,
  }) => {
    const [product] = pickProducts(await inStockProducts(request), 1, { minStock: 2 });
    const before = await stockOnProductPage(page, product);
    const shopper = newShopper();
    await header(page).getByRole('link', { name: 'Create account' }).click();
    await signUp(page, shopper);

    await addOnProductPage(page, product, 1);
    await fillCheckout(page);
    await expect(page.getByText(shopper.email)).toBeVisible();
    await expect(page.getByLabel('Email', { exact: true })).toHaveCount(0);
    await placeOrderButton(page).click();
    const number = await confirmedOrderNumber(page);
    expect(await stockOnProductPage(page, product)).toBe(before - 1);

    await header(page).getByRole('link', { name: 'Your orders' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your orders' })).toBeVisible();
    const row = page.getByRole('listitem', { name: `Order ${number}` });
    await expect(row).toContainText('Placed');
    await row.getByRole('link', { name: number }).click();

    await page.getByRole('button', { name: 'Cancel order', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel order', exact: true }).click();
    await expectOrderStatus(page, 'Cancelled');
    expect(await stockOnProductPage(page, product)).toBe(before);
  });

  test('the admin finds a guest order, marks it paid, then shipped', async ({ page, request }) => {
    const [product] = pickProducts(await inStockProducts(request), 1, { minStock: 1 });
    await addOnProductPage(page, product, 1);
    const email = guestEmail();
    await fillCheckout(page, { email });
    await placeOrderButton(page).click();
    const number = await confirmedOrderNumber(page);

    await header(page).getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`/admin/orders?email=${encodeURIComponent(email)}`);
    await expect(page.getByText('Showing 1 of 1 orders')).toBeVisible();
    await page.getByRole('link', { name: number, exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Order ${number}` })).toBeVisible();
    await expect(page.getByText(`A guest, who gave ${email}`)).toBeVisible();
    await page.getByRole('button', { name: 'Mark paid' }).click();
    await expectOrderStatus(page, 'Paid');
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    await expectOrderStatus(page, 'Shipped');
    await expect(page.getByRole('button', { name: /^(Mark paid|Mark shipped|Cancel order)$/ })).toHaveCount(
      0,
    );

    // The filter by status finds it among the shipped ones.
    await page.goto(`/admin/orders?status=SHIPPED&number=${encodeURIComponent(number)}`);
    await expect(page.getByRole('link', { name: number, exact: true })).toBeVisible();
    await signOut(page);
  });

  test('a double click on "Place order" places one order', async ({ page, request }) => {
    const [product] = pickProducts(await inStockProducts(request), 1, { minStock: 1 });
    const shopper = newShopper();
    await page.goto('/sign-up');
    await signUp(page, shopper);
    await addOnProductPage(page, product, 1);
    await fillCheckout(page);

    await placeOrderButton(page).dblclick();
    await confirmedOrderNumber(page);

    await page.goto('/account/orders');
    await expect(page.getByText('Showing 1 of 1 orders')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Orders' }).getByRole('listitem')).toHaveCount(1);
  });

  test('an order number the session may not read is "not found"', async ({ page }) => {
    await page.goto('/orders/SF-0000-0000-0000');
    await expect(page.getByRole('heading', { level: 1, name: 'Order not found' })).toBeVisible();
  });
});
