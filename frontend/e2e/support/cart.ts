import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import { header } from './account';
import { graphql } from './api';

export interface StockedProduct {
  id: string;
  slug: string;
  title: string;
  stock: number;
}

/** The products on sale with stock (at most 100), as the API has them now. */
export async function inStockProducts(request: APIRequestContext): Promise<StockedProduct[]> {
  const data = await graphql<{ products: { nodes: StockedProduct[] } }>(
    request,
    'query { products(first: 100, filter: { inStock: true }) { nodes { id slug title stock } } }',
  );
  expect(data.products.nodes.length, 'the demo catalog has products in stock').toBeGreaterThan(0);
  return data.products.nodes;
}

/** `count` different products with at least `minStock` items, leaving out `except`. */
export function pickProducts(
  products: StockedProduct[],
  count: number,
  { minStock = 1, except = [] as StockedProduct[] } = {},
): StockedProduct[] {
  const excluded = new Set(except.map((product) => product.id));
  const picked = products.filter((product) => product.stock >= minStock && !excluded.has(product.id));
  expect(picked.length, `${count} products with at least ${minStock} in stock`).toBeGreaterThanOrEqual(count);
  return picked.slice(0, count);
}

/** The in-stock product with the fewest items. */
export function leastStocked(products: StockedProduct[]): StockedProduct {
  return products.reduce((least, product) => (product.stock < least.stock ? product : least));
}

/** The header's cart link, whose name says how many items the cart holds ("Cart, 3 items"). */
export function cartLink(page: Page): Locator {
  return header(page).getByRole('link', { name: /^Cart, \d+ items?$/ });
}

export async function expectCartCount(page: Page, count: number) {
  await expect(
    header(page).getByRole('link', { name: `Cart, ${count} ${count === 1 ? 'item' : 'items'}` }),
  ).toBeVisible();
}

/** Opens a product's page and adds `quantity` items with its "Add to cart" form. */
export async function addOnProductPage(page: Page, product: StockedProduct, quantity = 1) {
  await page.goto(`/products/${encodeURIComponent(product.slug)}`);
  await expect(page.getByRole('heading', { level: 1, name: product.title })).toBeVisible();
  await page.getByLabel('Quantity', { exact: true }).fill(String(quantity));
  await page.getByRole('button', { name: 'Add to cart', exact: true }).click();
  await expect(page.getByText('Added to cart', { exact: true })).toBeVisible();
}

/** A line of the cart page, named by its product's title. */
export function cartLine(page: Page, title: string): Locator {
  return page
    .getByRole('list', { name: 'Items in your cart' })
    .getByRole('listitem', { name: title, exact: true });
}

export function quantityOf(page: Page, title: string): Locator {
  return cartLine(page, title).getByRole('spinbutton', { name: `Quantity of ${title}`, exact: true });
}

/** Opens the cart page from the header and waits for it. */
export async function openCart(page: Page) {
  await cartLink(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeVisible();
}
