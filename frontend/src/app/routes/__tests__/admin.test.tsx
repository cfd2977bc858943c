import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, adminProduct, categories, customer, me, userErrors } from '@/testing/fixtures';
import { mockGraphQL, type OperationHandler } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

const desk = adminProduct({
  id: '42',
  slug: 'walnut-desk-organizer',
  title: 'Walnut Desk Organizer',
  description: 'Keeps a desk tidy.',
  price: { amount: '49.90', currencyCode: 'USD' },
  stock: 12,
  tags: ['wood', 'gift'],
  category: { id: 'c1', slug: 'audio', name: 'Audio' },
  updatedAt: '2026-11-21T08:15:30.123Z',
});

function adminProductsPage(nodes: ReturnType<typeof adminProduct>[], hasNextPage = false) {
  return {
    data: {
      products: {
        totalCount: nodes.length,
        pageInfo: { hasNextPage, endCursor: nodes.length ? `cursor-${nodes.at(-1)!.id}` : null },
        nodes,
      },
    },
  };
}

/** The admin's view of the API, signed in as an admin unless told otherwise. */
function adminApi(handlers: Record<string, OperationHandler> = {}) {
  return mockGraphQL({
    Me: () => me(admin()),
    AdminCategories: () => categories,
    AdminProducts: () => adminProductsPage([desk, adminProduct({ title: 'Old Lamp', active: false })]),
    AdminProduct: () => ({ data: { product: desk } }),
    ...handlers,
  });
}

describe('Admin access', () => {
  it('tells a shopper they have no access, without asking for products', async () => {
    const api = mockGraphQL({ Me: () => me(customer()) });
    renderApp('/admin');

    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(api.variablesOf('AdminProducts')).toEqual([]);
  });

  it('sends a signed-out visitor to sign in, to come back afterwards', async () => {
    mockGraphQL({ Me: () => me(null) });
    const { router } = renderApp('/admin');

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?next=/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('explains a FORBIDDEN answer instead of failing', async () => {
    adminApi({
      AdminProducts: () => ({
        errors: [{ message: 'Forbidden', extensions: { classification: 'FORBIDDEN' } }],
        data: null,
      }),
    });
    renderApp('/admin');

    expect(await screen.findByRole('alert')).toHaveTextContent("You don't have access to this page");
  });

  it('asks to sign in again on an UNAUTHORIZED answer', async () => {
    adminApi({
      AdminProduct: () => ({
        errors: [{ message: 'Unauthorized', extensions: { classification: 'UNAUTHORIZED' } }],
        data: null,
      }),
    });
    renderApp('/admin/products/42/edit');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are signed out');
    expect(within(alert).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=/admin/products/42/edit',
    );
  });
});

describe('Admin product list', () => {
  it('lists every product, inactive ones too, with a search', async () => {
    const api = adminApi();
    const { user } = renderApp('/admin');

    const table = await screen.findByRole('table', { name: 'Products' });
    const [deskRow, lampRow] = within(table).getAllByRole('row').slice(1);
    expect(within(deskRow).getByRole('link', { name: 'Walnut Desk Organizer' })).toHaveAttribute(
      'href',
      '/admin/products/42/edit',
    );
    expect(deskRow).toHaveTextContent('walnut-desk-organizer');
    expect(deskRow).toHaveTextContent('$49.90');
    expect(deskRow).toHaveTextContent('Active');
    expect(lampRow).toHaveTextContent('Archived');
    expect(screen.getByRole('link', { name: 'New product' })).toHaveAttribute('href', '/admin/products/new');
    expect(api.variablesOf('AdminProducts')).toEqual([
      { filter: { includeInactive: true }, first: 50, after: null },
    ]);

    await user.type(screen.getByRole('searchbox', { name: 'Search products' }), 'walnut{Enter}');

    await waitFor(() =>
      expect(api.variablesOf('AdminProducts').at(-1)).toEqual({
        filter: { query: 'walnut', includeInactive: true },
        first: 50,
        after: null,
      }),
    );
  });

  it('loads more products from where the page ended', async () => {
    const api = adminApi({
      AdminProducts: (variables) =>
        variables.after === null
          ? adminProductsPage([desk], true)
          : adminProductsPage([adminProduct({ title: 'Espresso Grinder' })]),
    });
    const { user } = renderApp('/admin');

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Espresso Grinder' })).toBeInTheDocument();
    expect(api.variablesOf('AdminProducts')[1]).toMatchObject({ after: 'cursor-42' });
  });
});

describe('Deleting a product', () => {
  it('asks for confirmation first, and does nothing when cancelled', async () => {
    const api = adminApi({
      DeleteProduct: () => ({ data: { deleteProduct: { deletedProductId: '42', userErrors: [] } } }),
    });
    const { user } = renderApp('/admin');
    const deleteButton = await screen.findByRole('button', { name: 'Delete Walnut Desk Organizer' });

    await user.click(deleteButton);

    const dialog = screen.getByRole('dialog', { name: 'Delete “Walnut Desk Organizer”?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/disappears from the shop/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(api.variablesOf('DeleteProduct')).toEqual([]);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(api.variablesOf('DeleteProduct')).toEqual([]);
  });

  it('archives the product once confirmed and refreshes the list', async () => {
    let deleted = false;
    const api = adminApi({
      AdminProducts: () => adminProductsPage([{ ...desk, active: !deleted }]),
      DeleteProduct: () => {
        deleted = true;
        return { data: { deleteProduct: { deletedProductId: '42', userErrors: [] } } };
      },
    });
    const { user } = renderApp('/admin');

    await user.click(await screen.findByRole('button', { name: 'Delete Walnut Desk Organizer' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete product' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.variablesOf('DeleteProduct')).toEqual([{ id: '42' }]);
    expect(await screen.findByText('Archived')).toBeInTheDocument();
  });
});

describe('Creating a product', () => {
  it('shows a user error next to its field and stays on the form', async () => {
    const api = adminApi({
      CreateProduct: () => ({
        data: {
          createProduct: {
            product: null,
            userErrors: userErrors(
              { code: 'SLUG_TAKEN', field: ['input', 'slug'], message: 'Another product has this slug.' },
              { code: 'INVALID', message: 'The catalog is read-only today.' },
            ),
          },
        },
      }),
    });
    const { router, user } = renderApp('/admin/products/new');

    await user.type(await screen.findByLabelText('Title'), 'Walnut Desk Organizer');
    await user.type(screen.getByLabelText('Slug'), 'walnut-desk-organizer');
    await user.type(screen.getByLabelText('Description'), 'Keeps a desk tidy.');
    await user.type(screen.getByLabelText('Price'), '24.99');
    await user.clear(screen.getByLabelText('Stock'));
    await user.type(screen.getByLabelText('Stock'), '7');
    await user.selectOptions(await screen.findByLabelText('Category'), 'Kitchen');
    await user.type(screen.getByLabelText('Tags'), 'wood, gift ,');
    await user.click(screen.getByRole('checkbox', { name: 'Featured' }));
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Slug')).toHaveAccessibleDescription(
        expect.stringContaining('Another product has this slug.'),
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The catalog is read-only today.');
    expect(router.state.location.pathname).toBe('/admin/products/new');
    expect(api.variablesOf('CreateProduct')).toEqual([
      {
        input: {
          title: 'Walnut Desk Organizer',
          slug: 'walnut-desk-organizer',
          description: 'Keeps a desk tidy.',
          price: '24.99',
          stock: 7,
          categorySlug: 'kitchen',
          tags: ['wood', 'gift'],
          featured: true,
          active: true,
        },
      },
    ]);
  });

  it('checks the price before asking the server', async () => {
    const api = adminApi();
    const { user } = renderApp('/admin/products/new');

    await user.type(await screen.findByLabelText('Title'), 'Lamp');
    await user.type(screen.getByLabelText('Price'), '9.999');
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    expect(screen.getByLabelText('Price')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a price like 24.99.'),
    );
    expect(screen.getByLabelText('Price')).toHaveFocus();
    expect(api.variablesOf('CreateProduct')).toEqual([]);
  });

  it('goes back to the list after saving, which says "Created" until dismissed', async () => {
    adminApi({
      CreateProduct: () => ({
        data: { createProduct: { product: { id: '99', slug: 'lamp', title: 'Lamp' }, userErrors: [] } },
      }),
    });
    const { router, user } = renderApp('/admin/products/new');

    await user.type(await screen.findByLabelText('Title'), 'Lamp');
    await user.type(screen.getByLabelText('Price'), '10');
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin'));
    expect(await screen.findByText('Created “Lamp”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Created “Lamp”.')).not.toBeInTheDocument();
  });
});

describe('Editing a product', () => {
  it('loads the product and sends only the changed fields with expectedUpdatedAt', async () => {
    const api = adminApi({
      UpdateProduct: () => ({
        data: { updateProduct: { product: { id: '42', updatedAt: '2026-11-21T09:00:00Z' }, userErrors: [] } },
      }),
    });
    const { router, user } = renderApp('/admin/products/42/edit');

    const price = await screen.findByLabelText('Price');
    expect(price).toHaveValue('49.90');
    expect(screen.getByLabelText('Title')).toHaveValue('Walnut Desk Organizer');
    expect(screen.getByLabelText('Tags')).toHaveValue('wood, gift');
    expect(screen.getByLabelText('Stock')).toHaveValue(12);
    await waitFor(() => expect(screen.getByLabelText('Category')).toHaveValue('audio'));

    await user.clear(price);
    await user.type(price, '39.90');
    await user.click(screen.getByRole('checkbox', { name: 'Featured' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin'));
    expect(api.variablesOf('AdminProduct')[0]).toEqual({ id: '42' });
    expect(api.variablesOf('UpdateProduct')).toEqual([
      {
        id: '42',
        input: { price: '39.90', featured: true, expectedUpdatedAt: '2026-11-21T08:15:30.123Z' },
      },
    ]);
  });

  it('says when someone else changed the product, and reloads it on request', async () => {
    const api = adminApi({
      AdminProduct: (_variables, call) => ({
        data: {
          product:
            call === 1 ? desk : { ...desk, title: 'Walnut Desk Tidy', updatedAt: '2026-11-21T10:00:00Z' },
        },
      }),
      UpdateProduct: () => ({
        data: {
          updateProduct: {
            product: null,
            userErrors: userErrors({ code: 'STALE_OBJECT', message: 'Changed since you read it.' }),
          },
        },
      }),
    });
    const { user } = renderApp('/admin/products/42/edit');

    await user.type(await screen.findByLabelText('Description'), ' Now with a drawer.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this product; reload to see their changes');

    await user.click(within(alert).getByRole('button', { name: 'Reload' }));

    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('Walnut Desk Tidy'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Description')).toHaveValue('Keeps a desk tidy.');
    expect(api.variablesOf('UpdateProduct')[0]).toEqual({
      id: '42',
      input: { description: 'Keeps a desk tidy. Now with a drawer.', expectedUpdatedAt: desk.updatedAt },
    });
  });

  it('deletes from the edit page after confirmation and goes back to the list', async () => {
    const api = adminApi({
      DeleteProduct: () => ({ data: { deleteProduct: { deletedProductId: '42', userErrors: [] } } }),
    });
    const { router, user } = renderApp('/admin/products/42/edit');

    await user.click(await screen.findByRole('button', { name: 'Delete product Walnut Desk Organizer' }));
    expect(api.variablesOf('DeleteProduct')).toEqual([]);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete product' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin'));
    expect(api.variablesOf('DeleteProduct')).toEqual([{ id: '42' }]);
  });

  it('says so when there is no such product', async () => {
    adminApi({ AdminProduct: () => ({ data: { product: null } }) });
    renderApp('/admin/products/404/edit');

    expect(await screen.findByRole('heading', { level: 1, name: 'Product not found' })).toBeInTheDocument();
  });
});
