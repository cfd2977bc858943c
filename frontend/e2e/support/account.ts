import { expect, type Locator, type Page } from '@playwright/test';

/** The demo admin the shop creates at start-up (backend `storefront.admin.*`). */
export const ADMIN = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@storefront.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'demo-admin-password',
};

export const SHOPPER_PASSWORD = 'correct horse battery';

/** A new shopper for this run: the email is unique, so registering never collides. */
export function newShopper(): { name: string; email: string; password: string } {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  return { name: `Shopper ${stamp}`, email: `shopper-${stamp}@example.com`, password: SHOPPER_PASSWORD };
}

/** The page header, where the account links and the greeting are. */
export function header(page: Page): Locator {
  return page.getByRole('banner');
}

/** Fills in and sends the sign-up form (on /sign-up), then waits for the greeting. */
export async function signUp(page: Page, shopper: { name: string; email: string; password: string }) {
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(shopper.name);
  await page.getByLabel('Email', { exact: true }).fill(shopper.email);
  await page.getByLabel('Password', { exact: true }).fill(shopper.password);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  await expect(header(page).getByText(`Hi, ${shopper.name}`)).toBeVisible();
}

/** Fills in and sends the sign-in form (on /sign-in); doesn't wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in on /sign-in and waits until the header greets the customer. */
export async function signIn(page: Page, email: string, password: string) {
  await submitSignIn(page, email, password);
  await expect(header(page).getByText(/^Hi, /)).toBeVisible();
}

export async function signOut(page: Page) {
  await header(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
}
