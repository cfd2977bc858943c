import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { graphql } from './support/api';
import { addOnProductPage, cartLine, inStockProducts, pickProducts } from './support/cart';
import { productCards, waitForResults } from './support/catalog';

/** Where the shop's screenshots go: the README's when SCREENSHOTS_DIR=../docs/screenshots. */
const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join('test-results', 'screenshots');

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** How long every GraphQL answer is held back, so that loading states are on screen long enough to shift. */
const API_DELAY_MS = 600;

/** Sums the layout shifts without recent input into `window.__cls` (Chrome's CLS, without session windows). */
function observeShifts() {
  const target = window as unknown as { __cls: number };
  target.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
      if (!entry.hadRecentInput) target.__cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function slowApi(page: Page) {
  await page.route('**/graphql', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, API_DELAY_MS));
    await route.continue();
  });
}

async function layoutShift(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(API_DELAY_MS + 500);
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/** A word of an in-stock product's title that search finds it by. */
async function searchWord(page: Page): Promise<string> {
  const data = await graphql<{ products: { nodes: { title: string }[] } }>(
    page.request,
    '{ products(first: 5, filter: { inStock: true }) { nodes { title } } }',
  );
  const title = data.products.nodes[0].title;
  return (title.split(/\s+/).find((word) => word.length >= 4) ?? title).toLowerCase();
}

test.describe('How the shop feels', () => {
  test('keeps the keyboard focus on "Add to cart", offers the cart and the checkout, and moves focus to the new page', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForResults(page);
    const button = productCards(page)
      .first()
      .getByRole('button', { name: /^Add .+ to cart$/ });
    await button.focus();
    await page.keyboard.press('Enter');

    const notice = page.getByRole('region', { name: 'Added to cart' });
    await expect(notice).toBeVisible();
    await expect(button).toBeFocused();
    await expect(notice.getByRole('link', { name: 'Check out' })).toHaveAttribute('href', '/checkout');

    await notice.getByRole('link', { name: 'View cart' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Your cart' });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Your cart' })).toBeAttached();
  });

  test('keeps the focus on + and − in the cart, and puts it on the next line after Remove', async ({
    page,
    request,
  }) => {
    const [first, second] = pickProducts(await inStockProducts(request), 2, { minStock: 3 });
    await addOnProductPage(page, first);
    await addOnProductPage(page, second);
    await page.goto('/cart');

    const plus = cartLine(page, first.title).getByRole('button', {
      name: `Increase quantity of ${first.title}`,
    });
    await plus.focus();
    await page.keyboard.press('Enter');
    await expect(cartLine(page, first.title).getByRole('spinbutton')).toHaveValue('2');
    await expect(plus).toBeFocused();
    const minus = cartLine(page, first.title).getByRole('button', {
      name: `Decrease quantity of ${first.title}`,
    });
    await minus.focus();
    await page.keyboard.press('Enter');
    await expect(cartLine(page, first.title).getByRole('spinbutton')).toHaveValue('1');
    await expect(minus).toBeFocused();

    const lines = page.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem');
    const firstTitle = await lines.first().getByRole('heading').textContent();
    const remove = lines.first().getByRole('button', { name: /^Remove / });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(lines).toHaveCount(1);
    await expect(lines.first().getByRole('heading').getByRole('link')).toBeFocused();
    await expect(page.getByText(`Removed ${firstTitle} from your cart.`)).toBeAttached();
  });

  test('on a phone: a compact header, filters in a sheet with "Show N results", and add-to-cart on the first screen', async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await page.goto('/');
      await waitForResults(page);
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height, 'the sticky header on a 844 px screen').toBeLessThanOrEqual(110);
      // A card's "Add to cart" is one line, however narrow the card.
      const cardButton = await productCards(page)
        .first()
        .getByRole('button', { name: /^Add / })
        .boundingBox();
      expect(cardButton!.height).toBeLessThanOrEqual(44);

      await page.getByRole('button', { name: /^Filters/ }).click();
      const sheet = page.getByRole('dialog', { name: 'Filters' });
      await expect(sheet).toBeVisible();
      await sheet.getByRole('checkbox', { name: 'In stock only' }).click();
      const { products } = await graphql<{ products: { totalCount: number } }>(
        request,
        '{ products(filter: { inStock: true }) { totalCount } }',
      );
      const show = sheet.getByRole('button', { name: `Show ${products.totalCount} results` });
      await expect(show).toBeVisible();
      await show.click();

      await expect(sheet).toBeHidden();
      await expect(page).toHaveURL(/inStock=1/);
      const firstCard = await productCards(page).first().boundingBox();
      expect(firstCard!.y, 'the first product after filtering').toBeLessThan(844 / 2);
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-catalog.png') });

      const slug = await productCards(page)
        .first()
        .getByRole('heading')
        .getByRole('link')
        .getAttribute('href');
      await page.goto(slug!);
      const add = page.getByRole('button', { name: 'Add to cart', exact: true });
      await expect(add).toBeInViewport();
      const box = await add.boundingBox();
      expect(box!.y + box!.height, '"Add to cart" without scrolling').toBeLessThanOrEqual(844);
      expect(box!.height, '"Add to cart" on one line').toBeLessThanOrEqual(48);
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-product.png') });
    } finally {
      await context.close();
    }
  });

  test('nothing shifts while search results load or a refinement changes them (CLS ≤ 0.05)', async ({
    browser,
  }) => {
    for (const options of [{ viewport: { width: 1280, height: 800 } }, PHONE]) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      try {
        const word = await searchWord(page);
        await slowApi(page);
        await page.addInitScript(observeShifts);
        await page.goto(`/search?q=${encodeURIComponent(word)}`);
        await expect(page.getByRole('heading', { level: 1, name: /results? for/ })).toBeVisible();
        expect(
          await layoutShift(page),
          `loading /search at ${options.viewport.width} px`,
        ).toBeLessThanOrEqual(0.05);

        await page.goto('/');
        expect(await layoutShift(page), `loading / at ${options.viewport.width} px`).toBeLessThanOrEqual(
          0.05,
        );
      } finally {
        await context.close();
      }
    }
  });

  test('takes the screenshots of the shop on a desktop', async ({ page }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await waitForResults(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-catalog.png') });
    await productCards(page).first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('button', { name: 'Add to cart', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Added to cart' })).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-product.png') });
  });
});
