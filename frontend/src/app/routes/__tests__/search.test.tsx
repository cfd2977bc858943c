import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { product, products, searchFacets, searchPage } from '@/testing/fixtures';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

const lighting = { id: 'c4', slug: 'lighting', name: 'Lighting' };
const office = { id: 'c5', slug: 'office', name: 'Office' };
const lamps = [
  product({ slug: 'brass-desk-lamp', title: 'Brass Desk Lamp', category: lighting }),
  product({ slug: 'arc-floor-lamp', title: 'Arc Floor Lamp', category: lighting, stock: 0 }),
  product({ slug: 'lamp-timer', title: 'Lamp Timer', category: office }),
];

function productCards() {
  return within(screen.getByRole('list', { name: 'Products' })).getAllByRole('listitem');
}

function firstRequest(variables: Record<string, unknown> = {}) {
  return {
    query: 'lamp',
    filter: {},
    sort: 'RELEVANCE',
    first: 20,
    after: null,
    withFacets: true,
    ...variables,
  };
}

describe('Search results page', () => {
  it('shows how many products match, the cards, and facets with their counts', async () => {
    const api = mockGraphQL({ SearchProducts: () => searchPage(lamps) });
    renderApp('/search?q=lamp');

    expect(screen.getByRole('status', { name: 'Searching' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: '3 results for “lamp”' }),
    ).toBeInTheDocument();
    expect(productCards()).toHaveLength(3);
    expect(within(productCards()[0]).getByRole('link', { name: 'Brass Desk Lamp' })).toHaveAttribute(
      'href',
      '/products/brass-desk-lamp',
    );
    expect(within(productCards()[0]).getByText('Lighting')).toBeInTheDocument();
    expect(within(productCards()[1]).getByText('Sold out')).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3 products')).toBeInTheDocument();

    const facets = within(screen.getByRole('complementary', { name: 'Refine' }));
    expect(facets.getByRole('checkbox', { name: 'Lighting (2)' })).not.toBeChecked();
    expect(facets.getByRole('checkbox', { name: 'Office (1)' })).not.toBeChecked();
    expect(facets.getByRole('radio', { name: 'Any price' })).toBeChecked();
    expect(facets.getByRole('radio', { name: 'Under $25 (1)' })).not.toBeChecked();
    expect(facets.getByRole('radio', { name: '$25 – $50 (2)' })).toBeEnabled();
    expect(facets.getByRole('radio', { name: '$50 – $100 (0)' })).toBeDisabled();
    expect(facets.getByRole('radio', { name: '$100 and up (0)' })).toBeDisabled();
    expect(facets.getByRole('checkbox', { name: 'In stock only (2)' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('RELEVANCE');
    expect(screen.queryByText(/Did you mean/)).not.toBeInTheDocument();

    expect(api.variablesOf('SearchProducts')).toEqual([firstRequest()]);
  });

  it('narrows to a ticked category in the address and the search, and keeps the other categories listed', async () => {
    const api = mockGraphQL({
      SearchProducts: (variables) => {
        const slugs = (variables.filter as { categorySlugs?: string[] }).categorySlugs;
        // The server counts categories as if none were ticked: both stay, with the same counts.
        return slugs ? searchPage(lamps.slice(2)) : searchPage(lamps);
      },
    });
    const { router, user } = renderApp('/search?q=lamp');

    await user.click(await screen.findByRole('checkbox', { name: 'Office (1)' }));

    expect(router.state.location.search).toBe('?q=lamp&category=office');
    expect(await screen.findByRole('heading', { level: 1, name: '1 result for “lamp”' })).toBeInTheDocument();
    expect(api.variablesOf('SearchProducts').at(-1)).toEqual(
      firstRequest({ filter: { categorySlugs: ['office'] } }),
    );
    expect(productCards()).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: 'Office (1)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Lighting (2)' })).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Lighting (2)' }));

    expect(router.state.location.search).toBe('?q=lamp&category=office&category=lighting');
    await waitFor(() =>
      expect(api.variablesOf('SearchProducts').at(-1)).toMatchObject({
        filter: { categorySlugs: ['office', 'lighting'] },
      }),
    );
  });

  it('sets the price range from a bucket (the last only a minimum) and clears it with "Any price"', async () => {
    const api = mockGraphQL({ SearchProducts: () => searchPage(lamps) });
    const { router, user } = renderApp('/search?q=lamp');

    await user.click(await screen.findByRole('radio', { name: '$25 – $50 (2)' }));

    // A bucket's top is exclusive, the filter's inclusive: it stops a cent below.
    expect(router.state.location.search).toBe('?q=lamp&minPrice=25&maxPrice=49.99');
    await waitFor(() =>
      expect(api.variablesOf('SearchProducts').at(-1)).toEqual(
        firstRequest({ filter: { minPrice: '25', maxPrice: '49.99' } }),
      ),
    );
    expect(screen.getByRole('radio', { name: '$25 – $50 (2)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Any price' })).not.toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Any price' }));
    expect(router.state.location.search).toBe('?q=lamp');

    await user.click(screen.getByRole('radio', { name: 'Under $25 (1)' }));
    expect(router.state.location.search).toBe('?q=lamp&maxPrice=24.99');
  });

  it('lets the last bucket set only a minimum', async () => {
    mockGraphQL({
      SearchProducts: () =>
        searchPage(lamps, {
          facets: searchFacets({
            priceRanges: [
              { min: null, max: '500', count: 1 },
              { min: '500', max: null, count: 2 },
            ],
          }),
        }),
    });
    const { router, user } = renderApp('/search?q=lamp');

    await user.click(await screen.findByRole('radio', { name: '$500 and up (2)' }));

    expect(router.state.location.search).toBe('?q=lamp&minPrice=500');
    expect(screen.getByRole('radio', { name: '$500 and up (2)' })).toBeChecked();
  });

  it('applies a range of its own, and says a min above the max on the fields without asking the shop', async () => {
    const api = mockGraphQL({ SearchProducts: () => searchPage(lamps) });
    const { router, user } = renderApp('/search?q=lamp');
    const facets = within(await screen.findByRole('complementary', { name: 'Refine' }));

    await user.type(facets.getByLabelText('Min price'), '50');
    await user.type(facets.getByLabelText('Max price'), '10');
    await user.click(facets.getByRole('button', { name: 'Apply price' }));

    expect(facets.getByRole('alert')).toHaveTextContent('The min price must not be above the max price.');
    expect(facets.getByLabelText('Min price')).toHaveAttribute('aria-invalid', 'true');
    expect(facets.getByLabelText('Max price')).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.search).toBe('?q=lamp');
    expect(api.variablesOf('SearchProducts')).toEqual([firstRequest()]);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    await user.clear(facets.getByLabelText('Max price'));
    await user.type(facets.getByLabelText('Max price'), '80');
    await user.click(facets.getByRole('button', { name: 'Apply price' }));

    expect(router.state.location.search).toBe('?q=lamp&minPrice=50&maxPrice=80');
    await waitFor(() =>
      expect(api.variablesOf('SearchProducts').at(-1)).toEqual(
        firstRequest({ filter: { minPrice: '50', maxPrice: '80' } }),
      ),
    );
  });

  it('says a price range typed the wrong way round into the address, instead of sending it', async () => {
    const api = mockGraphQL({ SearchProducts: () => searchPage(lamps) });
    const { router, user } = renderApp('/search?q=lamp&minPrice=50&maxPrice=10');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The min price is above the max price, so no product can match.');
    expect(screen.getByRole('heading', { level: 1, name: 'No results for “lamp”' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Searching' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(api.variablesOf('SearchProducts')).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: 'Clear the price' }));

    expect(router.state.location.search).toBe('?q=lamp');
    expect(
      await screen.findByRole('heading', { level: 1, name: '3 results for “lamp”' }),
    ).toBeInTheDocument();
    expect(api.variablesOf('SearchProducts')).toEqual([firstRequest()]);
  });

  it('restores the refinements and the sort from the address, and sorts through it', async () => {
    const api = mockGraphQL({ SearchProducts: () => searchPage(lamps) });
    const { router, user } = renderApp(
      '/search?q=lamp&category=lighting&minPrice=25&maxPrice=49.99&inStock=1&sort=PRICE_ASC',
    );

    await screen.findByRole('heading', { level: 1, name: '3 results for “lamp”' });
    expect(api.variablesOf('SearchProducts')).toEqual([
      firstRequest({
        filter: { categorySlugs: ['lighting'], minPrice: '25', maxPrice: '49.99', inStock: true },
        sort: 'PRICE_ASC',
      }),
    ]);
    expect(screen.getByRole('checkbox', { name: 'Lighting (2)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '$25 – $50 (2)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'In stock only (2)' })).toBeChecked();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Relevance');
    expect(router.state.location.search).toBe(
      '?q=lamp&category=lighting&minPrice=25&maxPrice=49.99&inStock=1',
    );

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(router.state.location.search).toBe('?q=lamp');
  });

  it('shows only products in stock when asked', async () => {
    const api = mockGraphQL({ SearchProducts: () => searchPage(lamps) });
    const { router, user } = renderApp('/search?q=lamp');

    await user.click(await screen.findByRole('checkbox', { name: 'In stock only (2)' }));

    expect(router.state.location.search).toBe('?q=lamp&inStock=1');
    await waitFor(() =>
      expect(api.variablesOf('SearchProducts').at(-1)).toEqual(firstRequest({ filter: { inStock: true } })),
    );
  });

  it('offers the corrected query as a link when "did you mean" has one', async () => {
    const api = mockGraphQL({
      SearchProducts: (variables) =>
        variables.query === 'lmap'
          ? searchPage([], { didYouMean: 'lamp', facets: searchFacets({ categories: [], inStock: 0 }) })
          : searchPage(lamps),
    });
    const { router, user } = renderApp('/search?q=lmap');

    const link = await screen.findByRole('link', { name: 'lamp' });
    expect(link.closest('p')).toHaveTextContent('Did you mean lamp?');
    expect(link).toHaveAttribute('href', '/search?q=lamp');

    await user.click(link);

    expect(router.state.location.search).toBe('?q=lamp');
    expect(
      await screen.findByRole('heading', { level: 1, name: '3 results for “lamp”' }),
    ).toBeInTheDocument();
    expect(api.variablesOf('SearchProducts').map((variables) => variables.query)).toEqual(['lmap', 'lamp']);
  });

  it('says so when nothing matches, with tips and a way to browse everything', async () => {
    mockGraphQL({
      SearchProducts: () =>
        searchPage([], {
          facets: searchFacets({
            categories: [],
            priceRanges: searchFacets().priceRanges.map((bucket) => ({ ...bucket, count: 0 })),
            inStock: 0,
          }),
        }),
    });
    renderApp('/search?q=zeppelin');

    expect(await screen.findByText('No products match “zeppelin”')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '0 results for “zeppelin”' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Search tips' })).toHaveTextContent('Check the spelling');
    expect(screen.getByRole('link', { name: 'Browse all products' })).toHaveAttribute('href', '/');
    // Nothing to refine: no facets, no sort.
    expect(screen.queryByRole('complementary', { name: 'Refine' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Sort by' })).not.toBeInTheDocument();
  });

  it('keeps the facets when the refinements leave nothing, and offers to clear them', async () => {
    mockGraphQL({
      SearchProducts: (variables) =>
        (variables.filter as { inStock?: boolean }).inStock
          ? searchPage([], { facets: searchFacets({ inStock: 0 }) })
          : searchPage(lamps),
    });
    const { router, user } = renderApp('/search?q=lamp&inStock=1');

    expect(await screen.findByText('No products match “lamp”')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'In stock only (0)' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'clear them all' }));

    expect(router.state.location.search).toBe('?q=lamp');
    expect(
      await screen.findByRole('heading', { level: 1, name: '3 results for “lamp”' }),
    ).toBeInTheDocument();
  });

  it('asks for something to search for when the query is blank', async () => {
    const api = mockGraphQL({});
    renderApp('/search?q=%20%20');

    expect(screen.getByRole('heading', { level: 1, name: 'Search the shop' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all products' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(api.operations.map((op) => op.operationName)).toContain('Me'));
    expect(api.variablesOf('SearchProducts')).toEqual([]);
  });

  it('appends the next page on "Load more", without asking for the facets again', async () => {
    const firstPage = products(20);
    const secondPage = products(3);
    const api = mockGraphQL({
      SearchProducts: (variables) =>
        variables.after === null
          ? searchPage(firstPage, { totalCount: 23, hasNextPage: true })
          : searchPage(secondPage, { totalCount: 23, withFacets: false }),
    });
    const { user } = renderApp('/search?q=lamp');

    await screen.findByText('Showing 20 of 23 products');
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await screen.findByText('Showing 23 of 23 products');
    expect(productCards()).toHaveLength(23);
    expect(api.variablesOf('SearchProducts')[1]).toEqual(
      firstRequest({ after: `cursor-${firstPage[19].id}`, withFacets: false }),
    );
    expect(screen.getByRole('checkbox', { name: 'Lighting (2)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows the error and retries on request', async () => {
    mockGraphQL({
      SearchProducts: (_variables, call) =>
        call === 1
          ? {
              errors: [
                { message: 'The index is rebuilding', extensions: { classification: 'INTERNAL_ERROR' } },
              ],
            }
          : searchPage(lamps),
    });
    const { user } = renderApp('/search?q=lamp');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The search could not be completed');
    expect(alert).toHaveTextContent('The index is rebuilding');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: '3 results for “lamp”' }),
    ).toBeInTheDocument();
  });
});
