import { expect, test } from '@playwright/test';
import { escapeRegExp, productCards, waitForResults } from './support/catalog';
import {
  inStockTitles,
  refinements,
  searchApi,
  searchBox,
  substituteTwoLetters,
  suggestedSlugs,
  suggestionList,
  swapMiddleLetters,
  wordsOf,
} from './support/search';

/** How many candidates each test tries through the API before it gives up. */
const MAX_TRIES = 25;

test.describe('Search', () => {
  test('type-ahead forgives a typo and opens the product picked with the keyboard', async ({
    page,
    request,
  }) => {
    // A product whose title word, misspelled, still brings up its suggestion.
    let pick: { slug: string; title: string; typed: string } | undefined;
    let tries = 0;
    search: for (const product of await inStockTitles(request)) {
      for (const word of wordsOf(product.title, 6)) {
        const typed = swapMiddleLetters(word);
        if (!typed || tries++ >= MAX_TRIES) continue;
        if ((await suggestedSlugs(request, typed)).includes(product.slug)) {
          pick = { slug: product.slug, title: product.title, typed };
          break search;
        }
      }
    }
    expect(pick, 'a title word of 6+ letters whose misspelling suggests its product').toBeDefined();
    const { slug, title, typed } = pick!;

    await page.goto('/');
    await searchBox(page).fill(typed);

    const option = suggestionList(page).getByRole('option', { name: title, exact: true });
    await expect(option).toBeVisible();
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
    const count = await suggestionList(page).getByRole('option').count();
    for (let i = 0; i < count && (await option.getAttribute('aria-selected')) !== 'true'; i++) {
      await searchBox(page).press('ArrowDown');
    }
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(searchBox(page)).toHaveAttribute(
      'aria-activedescendant',
      (await option.getAttribute('id'))!,
    );
    await searchBox(page).press('Enter');

    await expect(page).toHaveURL(new RegExp(`/products/${escapeRegExp(encodeURIComponent(slug))}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(suggestionList(page)).toBeHidden();
  });

  test('a category facet narrows the results to it and leaves the other categories listed', async ({
    page,
    request,
  }) => {
    // A word that several products share and that finds products in two categories or more.
    const frequency = new Map<string, number>();
    for (const product of await inStockTitles(request)) {
      for (const word of new Set([
        ...wordsOf(product.title, 4),
        ...product.tags.flatMap((t) => wordsOf(t, 4)),
      ])) {
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
      }
    }
    const candidates = [...frequency.entries()]
      .filter(([, count]) => count >= 2)
      .sort((a, b) => b[1] - a[1])
      .map(([word]) => word)
      .slice(0, MAX_TRIES);
    let found:
      { word: string; facets: { category: { slug: string; name: string }; count: number }[] } | undefined;
    for (const word of candidates) {
      const result = await searchApi(request, word);
      if (result.facets.categories.length >= 2) {
        found = { word, facets: result.facets.categories };
        break;
      }
    }
    expect(found, `a word in 2+ categories among ${candidates.join(', ')}`).toBeDefined();
    const { word, facets } = found!;
    const [chosen, other] = [facets[1], facets[0]];

    await page.goto('/');
    await searchBox(page).fill(word);
    await searchBox(page).press('Enter');

    await expect(page).toHaveURL((url) => url.pathname === '/search' && url.searchParams.get('q') === word);
    await waitForResults(page);
    const chosenFacet = refinements(page).getByRole('checkbox', {
      name: `${chosen.category.name} (${chosen.count})`,
      exact: true,
    });
    // A click, not check(): the box follows the address, so it is ticked once the new results
    // are in, not at the moment of the click (which check() requires, and which a fast answer
    // can make or miss).
    await chosenFacet.click();

    await expect(page).toHaveURL(
      new RegExp(`[?&]category=${escapeRegExp(encodeURIComponent(chosen.category.slug))}(&|$)`),
    );
    await expect(chosenFacet).toBeChecked();
    await expect(async () => {
      await waitForResults(page);
      await expect(
        page.getByText(`Showing ${Math.min(20, chosen.count)} of ${chosen.count} products`),
      ).toBeVisible();
      // Each card names its category above the title.
      const labels = await productCards(page).evaluateAll((cards) =>
        cards.map((card) => card.querySelector('article p')?.textContent ?? ''),
      );
      expect(labels.length).toBe(Math.min(20, chosen.count));
      expect(labels.filter((label) => label !== chosen.category.name)).toEqual([]);
    }).toPass({ timeout: 15_000 });
    const otherFacet = refinements(page).getByRole('checkbox', {
      name: `${other.category.name} (${other.count})`,
      exact: true,
    });
    await expect(otherFacet).toBeVisible();
    await expect(otherFacet).not.toBeChecked();
  });

  test('a misspelled search that finds nothing offers "Did you mean", which finds products', async ({
    page,
    request,
  }) => {
    let found: { typed: string; corrected: string } | undefined;
    const tried = new Set<string>();
    search: for (const product of await inStockTitles(request)) {
      for (const word of wordsOf(product.title, 6)) {
        const typed = substituteTwoLetters(word);
        if (tried.has(typed) || tried.size >= MAX_TRIES) continue;
        tried.add(typed);
        const result = await searchApi(request, typed);
        if (result.products.totalCount === 0 && result.didYouMean) {
          found = { typed, corrected: result.didYouMean };
          break search;
        }
      }
    }
    expect(found, `a misspelling with a correction among ${[...tried].join(', ')}`).toBeDefined();
    const { typed, corrected } = found!;

    await page.goto('/');
    await searchBox(page).fill(typed);
    await searchBox(page).press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: `0 results for “${typed}”` })).toBeVisible();
    await expect(page.getByText(`No products match “${typed}”`)).toBeVisible();
    const didYouMean = page.getByRole('link', { name: corrected, exact: true });
    await expect(page.getByText(/^Did you mean/)).toHaveText(`Did you mean ${corrected}?`);

    await didYouMean.click();

    await expect(page).toHaveURL(
      (url) => url.pathname === '/search' && url.searchParams.get('q') === corrected,
    );
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: new RegExp(`^\\d+ results? for “${escapeRegExp(corrected)}”$`),
      }),
    ).toBeVisible();
    await waitForResults(page);
    expect(await productCards(page).count()).toBeGreaterThan(0);
    await expect(page.getByText(/^Did you mean/)).toBeHidden();
  });

  test('a price range the wrong way round is said on the fields and in the page, and never sent', async ({
    page,
  }) => {
    const searches: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('SearchProducts')) {
        searches.push(request.postData()!);
      }
    });

    await page.goto('/search?q=lamp&minPrice=100&maxPrice=10');
    await expect(
      page.getByText('The min price is above the max price, so no product can match.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    expect(searches).toEqual([]);

    await page.getByRole('button', { name: 'Clear the price' }).click();
    await waitForResults(page);
    expect(searches).toHaveLength(1);

    const refine = refinements(page);
    const toggle = page.getByRole('button', { name: /^Refine/ });
    if (await toggle.isVisible()) await toggle.click();
    await refine.getByLabel('Min price').fill('100');
    await refine.getByLabel('Max price').fill('10');
    await refine.getByRole('button', { name: 'Apply price' }).click();
    await expect(refine.getByText('The min price must not be above the max price.')).toBeVisible();
    await expect(refine.getByLabel('Min price')).toHaveAttribute('aria-invalid', 'true');
    expect(searches).toHaveLength(1);
    await expect(page).not.toHaveURL(/minPrice/);
  });
});
