import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { product } from '@/testing/fixtures';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

describe('Product page', () => {
  it('shows the product with its price, category, description, tags and stock', async () => {
    const api = mockGraphQL({
      ProductPage: () => ({
        data: {
          product: product({
            slug: 'walnut-desk-organizer',
            title: 'Walnut Desk Organizer',
            description: 'Keeps a desk tidy.\n\nMade of solid walnut.',
            price: { amount: '1249.50', currencyCode: 'USD' },
            category: { id: 'c9', slug: 'office', name: 'Office' },
            tags: ['wood', 'gift'],
            stock: 12,
          }),
        },
      }),
    });
    renderApp('/products/walnut-desk-organizer');

    expect(screen.getByRole('status', { name: 'Loading product' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Walnut Desk Organizer' }),
    ).toBeInTheDocument();
    expect(screen.getByText('$1,249.50')).toBeInTheDocument();
    expect(screen.getByText('12 in stock')).toBeInTheDocument();
    expect(screen.getByText('Keeps a desk tidy.')).toBeInTheDocument();
    expect(screen.getByText('Made of solid walnut.')).toBeInTheDocument();
    const tags = within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
    expect(tags.map((tag) => tag.textContent)).toEqual(['wood', 'gift']);
    for (const link of screen.getAllByRole('link', { name: 'Office' })) {
      expect(link).toHaveAttribute('href', '/category/office');
    }
    expect(screen.getByRole('img', { name: 'Walnut Desk Organizer' })).toBeInTheDocument();
    expect(api.variablesOf('ProductPage')).toEqual([{ slug: 'walnut-desk-organizer' }]);
  });

  it('says when a product is sold out', async () => {
    mockGraphQL({ ProductPage: () => ({ data: { product: product({ title: 'Rare Vinyl', stock: 0 }) } }) });
    renderApp('/products/rare-vinyl');

    await screen.findByRole('heading', { level: 1, name: 'Rare Vinyl' });
    expect(screen.getByText('Sold out')).toBeInTheDocument();
    expect(screen.queryByText(/in stock/)).not.toBeInTheDocument();
  });

  it('shows "Product not found" when there is no product with that slug', async () => {
    mockGraphQL({ ProductPage: () => ({ data: { product: null } }) });
    const { user, router } = renderApp('/products/no-such-thing');

    expect(await screen.findByRole('heading', { level: 1, name: 'Product not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the shop' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows the API error with its message', async () => {
    mockGraphQL({
      ProductPage: () => ({
        errors: [
          { message: 'Give exactly one of id or slug', extensions: { classification: 'BAD_REQUEST' } },
        ],
        data: null,
      }),
    });
    renderApp('/products/broken');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This product could not be loaded');
    expect(alert).toHaveTextContent('Give exactly one of id or slug');
    // The same request would be refused the same way: no "Try again" that cannot help.
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers "Try again" when the shop failed, and it loads the product on the second try', async () => {
    const desk = product({ slug: 'desk', title: 'Walnut Desk Organizer' });
    mockGraphQL({
      ProductPage: (_variables, call) =>
        call === 1
          ? {
              errors: [
                { message: 'Internal error, ref 42', extensions: { classification: 'INTERNAL_ERROR' } },
              ],
            }
          : { data: { product: desk } },
    });
    const { user } = renderApp('/products/desk');

    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Walnut Desk Organizer' }),
    ).toBeInTheDocument();
  });
});
