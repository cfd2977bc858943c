import { expect, test } from '@playwright/test';
import { header, newShopper, signIn, signOut, signUp, submitSignIn } from './support/account';

test.describe('Accounts', () => {
  test('a new shopper registers, signs out, signs in again, and a wrong password is refused', async ({
    page,
  }) => {
    const shopper = newShopper();

    await page.goto('/');
    await header(page).getByRole('link', { name: 'Create account' }).click();
    await expect(page).toHaveURL(/\/sign-up$/);
    await signUp(page, shopper);
    await expect(page).toHaveURL(/\/$/);
    await expect(header(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);

    await signOut(page);
    await expect(header(page).getByText(`Hi, ${shopper.name}`)).toHaveCount(0);

    await header(page).getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, shopper.email, shopper.password);
    await expect(header(page).getByText(`Hi, ${shopper.name}`)).toBeVisible();
    await expect(page).toHaveURL(/\/$/);

    // The session survives a reload: the cookie, not the page, remembers who is signed in.
    await page.reload();
    await expect(header(page).getByText(`Hi, ${shopper.name}`)).toBeVisible();

    await signOut(page);
    await page.goto('/sign-in');
    await submitSignIn(page, shopper.email, `${shopper.password} but wrong`);

    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(header(page).getByText(/^Hi, /)).toHaveCount(0);
  });

  test('a shopper sees no Admin link, and the admin page says they have no access', async ({ page }) => {
    const shopper = newShopper();
    await page.goto('/sign-up');
    await signUp(page, shopper);

    await expect(header(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);

    await page.goto('/admin');

    await expect(
      page.getByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Products' })).toHaveCount(0);
  });

  test('a signed-out visitor to the admin page is asked to sign in', async ({ page }) => {
    await page.goto('/admin');

    await expect(page).toHaveURL(/\/sign-in\?next=\/admin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });
});
