import { expect, type Locator, type Page } from '@playwright/test';

/** The product cards of the catalog grid. */
export function productCards(page: Page): Locator {
  return page.getByRole('list', { name: 'Products' }).getByRole('listitem');
}

/** Waits until the results have settled: no request in flight and the count line shown. */
export async function waitForResults(page: Page): Promise<void> {
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results).toHaveAttribute('aria-busy', 'false');
  await expect(results.getByText(/^Showing \d+ of \d+ products$/)).toBeVisible();
}

/** The slugs the cards link to, in order. */
export async function cardSlugs(page: Page): Promise<string[]> {
  const hrefs = await productCards(page)
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href.replace(/^\/products\//, '')));
}

/** The exact amounts of the prices shown on the cards, in order. */
export async function cardPrices(page: Page): Promise<string[]> {
  return productCards(page)
    .locator('data')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('value') ?? ''));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
