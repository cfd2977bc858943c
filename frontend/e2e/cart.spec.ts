import { expect, test } from '@playwright/test';
import { ADMIN, header, newShopper, signIn, signOut, signUp } from './support/account';
import { asAdmin } from './support/api';
import {
  addOnProductPage,
  cartLine,
  expectCartCount,
  inStockProducts,
  leastStocked,
  openCart,
  pickProducts,
  quantityOf,
} from './support/cart';

test.describe('Cart', () => {
  test('an anonymous shopper fills the cart, changes a quantity, keeps it through a reload, and is told the stock', async ({
    page,
    request,
  }) => {
    const stocked = await inStockProducts(request);
    const scarce = leastStocked(stocked);
    expect(scarce.stock, 'the scarcest product can be asked for one more than it has').toBeLessThan(99);
    const [first, second] = pickProducts(stocked, 2, { minStock: 3, except: [scarce] });

    await addOnProductPage(page, first);
    await expectCartCount(page, 1);
    await addOnProductPage(page, second);
    await expectCartCount(page, 2);

    await openCart(page);
    await expect(cartLine(page, first.title)).toBeVisible();
    await expect(cartLine(page, second.title)).toBeVisible();
    await cartLine(page, first.title)
      .getByRole('button', { name: `Increase quantity of ${first.title}`, exact: true })
      .click();
    await expect(quantityOf(page, first.title)).toHaveValue('2');
    await expectCartCount(page, 3);

    // The cart lives on the server, with the session: a reload shows the same lines.
    await page.reload();
    await expect(quantityOf(page, first.title)).toHaveValue('2');
    await expect(quantityOf(page, second.title)).toHaveValue('1');
    await expectCartCount(page, 3);

    // More than the stock: the server keeps what there is and says how many are left.
    await addOnProductPage(page, scarce);
    await openCart(page);
    await quantityOf(page, scarce.title).fill(String(scarce.stock + 1));
    await quantityOf(page, scarce.title).press('Enter');

    const problem = cartLine(page, scarce.title).getByRole('alert');
    await expect(problem).toBeVisible();
    await expect(problem).toContainText(new RegExp(`\\b${scarce.stock}\\b`));
    await expect(quantityOf(page, scarce.title)).toHaveValue(String(scarce.stock));
    await expect(quantityOf(page, first.title)).toHaveValue('2');
  });

  test('a line holding more than the stock counts only for the stock, and the shopper keeps what is there', async ({
    page,
    request,
  }) => {
    const [product] = pickProducts(await inStockProducts(request), 1, { minStock: 4 });
    const setStock = (stock: number) =>
      asAdmin(request, ADMIN, (send) =>
        send(
          'mutation ($id: ID!, $stock: NonNegativeInt!) { updateProduct(id: $id, input: {stock: $stock}) { userErrors { code } } }',
          {
            id: product.id,
            stock,
          },
        ),
      );

    await addOnProductPage(page, product, 3);
    await expectCartCount(page, 3);
    await setStock(1);
    try {
      await openCart(page);
      const line = cartLine(page, product.title);
      await expect(
        line.getByText(`Only 1 of ${product.title} are in stock; 1 count toward your total`),
      ).toBeVisible();
      await expect(line.getByText('for 1 of 3')).toBeVisible();
      await expectCartCount(page, 1);
      await expect(
        line.getByRole('button', { name: `Increase quantity of ${product.title}`, exact: true }),
      ).toBeDisabled();

      await line.getByRole('button', { name: 'Keep 1', exact: true }).click();
      await expect(quantityOf(page, product.title)).toHaveValue('1');
      await expect(line.getByText('for 1 of 3')).toBeHidden();
      await expectCartCount(page, 1);
    } finally {
      await setStock(product.stock);
    }
  });

  test("signing in merges the anonymous cart into the customer's, and another browser sees the same cart", async ({
    page,
    request,
    browser,
    baseURL,
  }) => {
    const [kept, added] = pickProducts(await inStockProducts(request), 2, { minStock: 3 });
    const shopper = newShopper();

    await page.goto('/sign-up');
    await signUp(page, shopper);
    await addOnProductPage(page, kept);
    await expectCartCount(page, 1);

    // Signed out, the browser starts a new, empty cart; the customer's stays with the account.
    await signOut(page);
    await expectCartCount(page, 0);
    await addOnProductPage(page, added, 2);
    await expectCartCount(page, 2);

    await header(page).getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, shopper.email, shopper.password);
    await expectCartCount(page, 3);
    await openCart(page);
    await expect(quantityOf(page, kept.title)).toHaveValue('1');
    await expect(quantityOf(page, added.title)).toHaveValue('2');

    // The cart belongs to the customer: signed in elsewhere, it is the same cart.
    const elsewhere = await browser.newContext({ baseURL, locale: 'en-US' });
    try {
      const other = await elsewhere.newPage();
      await other.goto('/sign-in');
      await signIn(other, shopper.email, shopper.password);
      await expectCartCount(other, 3);
      await openCart(other);
      await expect(quantityOf(other, kept.title)).toHaveValue('1');
      await expect(quantityOf(other, added.title)).toHaveValue('2');
      await expect(other.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem')).toHaveCount(
        2,
      );
    } finally {
      await elsewhere.close();
    }
  });
});
