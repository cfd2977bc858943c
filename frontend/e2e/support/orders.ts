import { expect, type Page } from '@playwright/test';
import type { StockedProduct } from './cart';

/** A shipping address the checkout form accepts. */
export const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  countryCode: 'GB',
};

/** A guest email unique to this run, so admin filters find exactly this test's orders. */
export function guestEmail(): string {
  return `guest-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** The stock the product page shows ("12 in stock"), after reading the page afresh. */
export async function stockOnProductPage(page: Page, product: StockedProduct): Promise<number> {
  await page.goto(`/products/${encodeURIComponent(product.slug)}`);
  await expect(page.getByRole('heading', { level: 1, name: product.title })).toBeVisible();
  const text = await page.getByText(/^(\d+ in stock|Sold out)$/).textContent();
  return text === 'Sold out' ? 0 : Number.parseInt(text ?? '', 10);
}

/** Goes from the cart page to the checkout and fills in the form; `email` only for a guest. */
export async function fillCheckout(page: Page, { email }: { email?: string } = {}) {
  await page.goto('/cart');
  await page.getByRole('link', { name: 'Checkout', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  if (email) await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Full name', { exact: true }).fill(ADDRESS.name);
  await page.getByLabel('Street and number', { exact: true }).fill(ADDRESS.line1);
  await page.getByLabel('City', { exact: true }).fill(ADDRESS.city);
  await page.getByLabel('Postal code', { exact: true }).fill(ADDRESS.postalCode);
  await page.getByLabel('Country', { exact: true }).selectOption(ADDRESS.countryCode);
}

export function placeOrderButton(page: Page) {
  return page.getByRole('button', { name: /^(Place order|Placing your order…)$/ });
}

/** Waits for the confirmation after "Place order" and returns the order's number. */
export async function confirmedOrderNumber(page: Page): Promise<string> {
  await expect(page.getByText('Thank you! Your order is placed.')).toBeVisible();
  await expect(page).toHaveURL(/\/orders\/[^/]+$/);
  const number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  await expect(page.getByRole('heading', { level: 1, name: `Order ${number}` })).toBeVisible();
  return number;
}

/** The status badge next to an order page's heading. */
export async function expectOrderStatus(page: Page, label: 'Placed' | 'Paid' | 'Shipped' | 'Cancelled') {
  await expect(page.locator('h1 + span', { hasText: new RegExp(`^${label}$`) })).toBeVisible();
}
