import { expect, test } from '@playwright/test';
import { ADMIN, header, newShopper, signIn, signOut, signUp } from './support/account';
import { asAdmin, graphqlAsPage } from './support/api';
import {
  addOnProductPage,
  cartLine,
  expectCartCount,
  inStockProducts,
  leastStocked,
  openCart,
  pickProducts,
  quantityOf,
  type StockedProduct,
} from './support/cart';

interface ApiCart {
  subtotal: { amount: string };
  total: { amount: string };
  lines: { product: { id: string }; quantity: number; lineTotal: { amount: string } }[];
}

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

  test("with a line short of stock and an archived one, the lines and the subtotal show the API's amounts, and the archived line offers only Remove", async ({
    page,
    request,
  }) => {
    const [short, archived, plain] = pickProducts(await inStockProducts(request), 3, { minStock: 4 });
    const change = (product: StockedProduct, input: Record<string, unknown>) =>
      asAdmin(request, ADMIN, (send) =>
        send(
          'mutation ($id: ID!, $input: ProductUpdateInput!) { updateProduct(id: $id, input: $input) { userErrors { code } } }',
          { id: product.id, input },
        ),
      );

    await addOnProductPage(page, short, 3);
    await addOnProductPage(page, archived, 2);
    await addOnProductPage(page, plain, 1);
    await change(short, { stock: 1 });
    await change(archived, { active: false });
    try {
      await openCart(page);
      // The page's own session, so the very cart the page shows.
      const { cart } = await graphqlAsPage<{ cart: ApiCart }>(
        page,
        '{ cart { subtotal { amount } total { amount } lines { product { id } quantity lineTotal { amount } } } }',
      );
      const lineOf = (product: StockedProduct) => cart.lines.find((line) => line.product.id === product.id)!;

      for (const product of [short, plain]) {
        await expect(
          cartLine(page, product.title).locator('p', { hasText: 'Line total:' }).locator('data'),
          `${product.title}'s line total`,
        ).toHaveAttribute('value', lineOf(product).lineTotal.amount);
      }
      const summary = page.getByRole('region', { name: 'Summary' });
      await expect(summary.locator('div', { hasText: 'Subtotal' }).locator('data')).toHaveAttribute(
        'value',
        cart.subtotal.amount,
      );
      await expect(summary.locator('div', { hasText: 'Total' }).last().locator('data')).toHaveAttribute(
        'value',
        cart.total.amount,
      );
      // The line holding all the stock there is can't grow.
      await cartLine(page, short.title).getByRole('button', { name: 'Keep 1', exact: true }).click();
      await expect(quantityOf(page, short.title)).toHaveValue('1');
      await expect(
        cartLine(page, short.title).getByRole('button', { name: `Increase quantity of ${short.title}` }),
      ).toBeDisabled();

      const gone = cartLine(page, archived.title);
      await expect(gone.locator('data')).toHaveCount(0);
      await expect(gone.getByRole('spinbutton')).toHaveCount(0);
      await expect(gone.getByRole('button')).toHaveCount(1);
      await gone.getByRole('button', { name: `Remove ${archived.title} from cart` }).click();
      await expect(gone).toHaveCount(0);
    } finally {
      await change(short, { stock: short.stock });
      await change(archived, { active: true });
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
