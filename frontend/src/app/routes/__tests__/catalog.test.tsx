import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { categories, product, productPage, products } from '@/testing/fixtures';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

function productCards() {
  return within(screen.getByRole('list', { name: 'Products' })).getAllByRole('listitem');
}

describe('Catalog page', () => {
  it('shows the products of the first page as cards linking to their pages', async () => {
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () =>
        productPage(
          [
            product({
              slug: 'walnut-desk-organizer',
              title: 'Walnut Desk Organizer',
              price: { amount: '49.90', currencyCode: 'USD' },
            }),
            product({ slug: 'espresso-grinder', title: 'Espresso Grinder', stock: 0, featured: true }),
          ],
          { totalCount: 2 },
        ),
    });
    renderApp('/');

    expect(screen.getByRole('status', { name: 'Loading products' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Walnut Desk Organizer' })).toHaveAttribute(
      'href',
      '/products/walnut-desk-organizer',
    );
    const [first, second] = productCards();
    expect(within(first).getByText('$49.90')).toBeInTheDocument();
    expect(within(first).getByText('In stock')).toBeInTheDocument();
    expect(within(second).getByText('Sold out')).toBeInTheDocument();
    expect(within(second).getByText('Featured')).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2 products')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    expect(await screen.findByRole('checkbox', { name: 'Audio (12)' })).not.toBeChecked();
    expect(api.variablesOf('CatalogProducts')).toEqual([
      { filter: {}, sort: 'NEWEST', first: 20, after: null },
    ]);
  });

  it('puts a chosen category into the address and lists only that category', async () => {
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage(products(3)),
    });
    const { router, user } = renderApp('/');

    await user.click(await screen.findByRole('checkbox', { name: 'Kitchen (8)' }));

    expect(router.state.location.search).toBe('?category=kitchen');
    await waitFor(() =>
      expect(api.variablesOf('CatalogProducts').at(-1)).toEqual({
        filter: { categorySlugs: ['kitchen'] },
        sort: 'NEWEST',
        first: 20,
        after: null,
      }),
    );
    expect(screen.getByRole('checkbox', { name: 'Kitchen (8)' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeInTheDocument();
  });

  it('opens the filters as a sheet whose "Show N results" closes it and gives the focus back', async () => {
    mockGraphQL({ CatalogCategories: () => categories, CatalogProducts: () => productPage(products(3)) });
    const { user } = renderApp('/?category=audio&inStock=1');

    const open = await screen.findByRole('button', { name: 'Filters, 2 active' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await screen.findByText('Showing 3 of 3 products');

    await user.click(open);

    const sheet = screen.getByRole('dialog', { name: 'Filters' });
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(within(sheet).getByRole('button', { name: 'Close filters' })).toHaveFocus();
    await user.click(within(sheet).getByRole('button', { name: 'Show 3 results' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    await user.click(open);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('checks that the min price is not above the max price before asking the shop', async () => {
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage(products(1)),
    });
    const { user } = renderApp('/');
    await screen.findByText('Showing 1 of 1 products');

    await user.type(screen.getByLabelText('Min price'), '50');
    await user.type(screen.getByLabelText('Max price'), '10');
    await user.click(screen.getByRole('button', { name: 'Apply price' }));

    expect(screen.getByRole('alert')).toHaveTextContent('The min price must not be above the max price.');
    expect(screen.getByLabelText('Min price')).toHaveAttribute('aria-invalid', 'true');
    expect(api.variablesOf('CatalogProducts')).toHaveLength(1);
    // No "Try again" anywhere: nothing was sent, and nothing failed.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Max price'));
    await user.type(screen.getByLabelText('Max price'), '80');
    await user.click(screen.getByRole('button', { name: 'Apply price' }));
    await waitFor(() =>
      expect(api.variablesOf('CatalogProducts').at(-1)).toMatchObject({
        filter: { minPrice: '50', maxPrice: '80' },
      }),
    );
  });

  it('says a price range typed the wrong way round into the address, instead of sending it', async () => {
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage(products(1)),
    });
    const { user, router } = renderApp('/?minPrice=50&maxPrice=10');

    expect(
      await screen.findByText('The min price is above the max price, so no product can match.'),
    ).toBeInTheDocument();
    // The form says it on its fields too, with the prices from the address.
    expect(screen.getByLabelText('Min price')).toHaveValue('50');
    expect(screen.getByLabelText('Min price')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('The min price must not be above the max price.')).toBeInTheDocument();
    expect(api.variablesOf('CatalogProducts')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the price' }));

    await screen.findByText('Showing 1 of 1 products');
    expect(router.state.location.search).toBe('');
  });

  it('keeps the previous results, dimmed, while a filter change loads', async () => {
    let release: () => void = () => {};
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: (_variables, call) =>
        call === 1
          ? productPage(products(2))
          : new Promise((resolve) => {
              release = () => resolve(productPage(products(1)));
            }),
    });
    const { user } = renderApp('/');
    await screen.findByText('Showing 2 of 2 products');

    await user.click(screen.getByRole('checkbox', { name: 'In stock only' }));

    await waitFor(() => expect(api.variablesOf('CatalogProducts')).toHaveLength(2));
    const results = screen.getByRole('region', { name: 'Results' });
    expect(results).toHaveAttribute('data-updating');
    expect(results).toHaveAttribute('aria-busy', 'true');
    expect(within(results).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('status', { name: 'Loading products' })).not.toBeInTheDocument();

    release();
    await screen.findByText('Showing 1 of 1 products');
    expect(results).not.toHaveAttribute('data-updating');
  });

  it('restores every filter and the sort from the address', async () => {
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage(products(1)),
    });
    renderApp(
      '/?category=audio&category=kitchen&minPrice=10&maxPrice=50&inStock=1&featured=1&sort=PRICE_ASC',
    );

    await screen.findByText('Showing 1 of 1 products');
    expect(api.variablesOf('CatalogProducts')).toEqual([
      {
        filter: {
          categorySlugs: ['audio', 'kitchen'],
          minPrice: '10',
          maxPrice: '50',
          inStock: true,
          featured: true,
        },
        sort: 'PRICE_ASC',
        first: 20,
        after: null,
      },
    ]);
    expect(await screen.findByRole('checkbox', { name: 'Audio (12)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Kitchen (8)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Outdoor (0)' })).not.toBeChecked();
    expect(screen.getByLabelText('Min price')).toHaveValue('10');
    expect(screen.getByLabelText('Max price')).toHaveValue('50');
    expect(screen.getByRole('checkbox', { name: 'In stock only' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Featured only' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('PRICE_ASC');
  });

  it('changes the sort through the address', async () => {
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage(products(2)),
    });
    const { router, user } = renderApp('/?category=audio');

    await screen.findByText('Showing 2 of 2 products');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Price: high to low');

    expect(router.state.location.search).toBe('?category=audio&sort=PRICE_DESC');
    await waitFor(() =>
      expect(api.variablesOf('CatalogProducts').at(-1)).toMatchObject({ sort: 'PRICE_DESC', after: null }),
    );
  });

  it('applies a price range when submitted, and not while typing', async () => {
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage(products(2)),
    });
    const { router, user } = renderApp('/');
    await screen.findByText('Showing 2 of 2 products');

    await user.type(screen.getByLabelText('Min price'), '10');
    await user.type(screen.getByLabelText('Max price'), '49.99{Enter}');

    expect(router.state.location.search).toBe('?minPrice=10&maxPrice=49.99');
    await waitFor(() => expect(api.variablesOf('CatalogProducts')).toHaveLength(2));
    expect(api.variablesOf('CatalogProducts')[1]).toMatchObject({
      filter: { minPrice: '10', maxPrice: '49.99' },
    });
  });

  it('rejects a price that is not an amount', async () => {
    mockGraphQL({ CatalogCategories: () => categories, CatalogProducts: () => productPage(products(1)) });
    const { router, user } = renderApp('/');
    await screen.findByText('Showing 1 of 1 products');

    await user.type(screen.getByLabelText('Min price'), '1e3');

    expect(screen.getByRole('alert')).toHaveTextContent('Enter prices like 10 or 9.99.');
    expect(screen.getByRole('button', { name: 'Apply price' })).toBeDisabled();
    expect(router.state.location.search).toBe('');
  });

  it('appends the next page when "Load more" is pressed', async () => {
    const firstPage = products(20);
    const secondPage = products(5);
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: (variables) =>
        variables.after === null
          ? productPage(firstPage, { totalCount: 25, hasNextPage: true })
          : productPage(secondPage, { totalCount: 25, hasNextPage: false }),
    });
    const { user } = renderApp('/');

    await screen.findByText('Showing 20 of 25 products');
    expect(productCards()).toHaveLength(20);

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await screen.findByText('Showing 25 of 25 products');
    expect(productCards()).toHaveLength(25);
    expect(screen.getByRole('link', { name: firstPage[0].title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: secondPage[4].title })).toBeInTheDocument();
    expect(api.variablesOf('CatalogProducts')[1]).toEqual({
      filter: {},
      sort: 'NEWEST',
      first: 20,
      after: `cursor-${firstPage[19].id}`,
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('starts again from the first page when a filter changes', async () => {
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: (variables) =>
        variables.after === null
          ? productPage(products(20), { totalCount: 40, hasNextPage: true })
          : productPage(products(20), { totalCount: 40 }),
    });
    const { router, user } = renderApp('/');
    await screen.findByText('Showing 20 of 40 products');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('Showing 40 of 40 products');

    await user.click(screen.getByRole('checkbox', { name: 'In stock only' }));

    expect(router.state.location.search).toBe('?inStock=1');
    await screen.findByText('Showing 20 of 40 products');
    expect(productCards()).toHaveLength(20);
    expect(api.variablesOf('CatalogProducts').at(-1)).toEqual({
      filter: { inStock: true },
      sort: 'NEWEST',
      first: 20,
      after: null,
    });
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: (variables) =>
        (variables.filter as Record<string, unknown>).featured ? productPage([]) : productPage(products(3)),
    });
    const { router, user } = renderApp('/?featured=1');

    expect(await screen.findByText('No products match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(router.state.location.search).toBe('');
    expect(await screen.findByText('Showing 3 of 3 products')).toBeInTheDocument();
  });

  it('shows the error and retries on request', async () => {
    mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: (_variables, call) =>
        call === 1
          ? {
              errors: [
                { message: 'The catalog is resting', extensions: { classification: 'INTERNAL_ERROR' } },
              ],
            }
          : productPage(products(2)),
    });
    const { user } = renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Products could not be loaded');
    expect(alert).toHaveTextContent('The catalog is resting');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Showing 2 of 2 products')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
