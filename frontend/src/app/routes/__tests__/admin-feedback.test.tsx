import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, adminProduct, categories, me } from '@/testing/fixtures';
import { jsonResponse, mockGraphQL, type OperationHandler } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

const lamp = adminProduct({
  id: '7',
  title: 'Old Lamp',
  active: false,
  updatedAt: '2026-11-21T08:15:30.123Z',
});

function list(nodes: ReturnType<typeof adminProduct>[]) {
  return {
    data: {
      products: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes },
    },
  };
}

function adminApi(handlers: Record<string, OperationHandler> = {}) {
  return mockGraphQL({
    Me: () => me(admin()),
    AdminCategories: () => categories,
    AdminProducts: () => list([lamp]),
    AdminProduct: () => ({ data: { product: lamp } }),
    ...handlers,
  });
}

describe('The admin product form, when something is wrong', () => {
  it('checks the image URL and an out-of-range price in the form, each on its field', async () => {
    const api = adminApi();
    const { user } = renderApp('/admin/products/new');

    await user.type(await screen.findByLabelText('Title'), 'Lamp');
    await user.type(screen.getByLabelText('Price'), '12345678901');
    await user.type(screen.getByLabelText('Image URL'), 'ftp://example.com/lamp.jpg');
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    expect(screen.getByLabelText('Price')).toHaveAccessibleDescription(
      expect.stringContaining('A price may be at most 9999999999.99.'),
    );
    expect(screen.getByLabelText('Image URL')).toHaveAccessibleDescription(
      expect.stringContaining('An image URL is an http:// or https:// address.'),
    );
    expect(api.variablesOf('CreateProduct')).toEqual([]);

    await user.clear(screen.getByLabelText('Image URL'));
    await user.type(screen.getByLabelText('Image URL'), 'https://example.com/a lamp.jpg');
    await user.click(screen.getByRole('button', { name: 'Create product' }));
    expect(screen.getByLabelText('Image URL')).toHaveAccessibleDescription(
      expect.stringContaining('no spaces'),
    );
  });

  it("puts the schema's refusal of a value on its field, not graphql-java's wording above the form", async () => {
    adminApi({
      CreateProduct: () =>
        jsonResponse(
          {
            errors: [
              {
                message:
                  "Variable 'input' has an invalid value: not a valid 'Url': an absolute URL with a host",
                extensions: { classification: 'ValidationError' },
              },
            ],
          },
          400,
        ),
    });
    const { user } = renderApp('/admin/products/new');

    await user.type(await screen.findByLabelText('Title'), 'Lamp');
    await user.type(screen.getByLabelText('Price'), '10');
    await user.type(screen.getByLabelText('Image URL'), 'https://example.com/lamp.jpg');
    await user.click(screen.getByRole('button', { name: 'Create product' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Image URL')).toHaveAccessibleDescription(
        expect.stringContaining('An absolute URL with a host'),
      ),
    );
    expect(screen.queryByText(/Variable 'input'/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});

describe('The admin product form, when it works', () => {
  it('asks before leaving unsaved changes, and stays when told to', async () => {
    adminApi();
    const { router, user } = renderApp('/admin/products/new');

    await user.type(await screen.findByLabelText('Title'), 'Half a lamp');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(router.state.location.pathname).toBe('/admin/products/new');
    expect(screen.getByLabelText('Title')).toHaveValue('Half a lamp');

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave without saving' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin'));
  });

  it('leaves an untouched form without asking', async () => {
    adminApi();
    const { router, user } = renderApp('/admin/products/new');

    await user.click(await screen.findByRole('link', { name: 'Cancel' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('An archived product', () => {
  it('shows an "Archived" banner on its page, and Restore puts it back on sale', async () => {
    let active = false;
    const api = adminApi({
      AdminProduct: () => ({
        data: { product: { ...lamp, active, updatedAt: active ? '2026-11-22T00:00:00Z' : lamp.updatedAt } },
      }),
      RestoreProduct: () => {
        active = true;
        return {
          data: {
            updateProduct: {
              product: { id: lamp.id, active, updatedAt: '2026-11-22T00:00:00Z' },
              userErrors: [],
            },
          },
        };
      },
    });
    const { user } = renderApp(`/admin/products/${lamp.id}/edit`);

    const banner = await screen.findByRole('note');
    expect(banner).toHaveTextContent('Archived.');
    await user.click(within(banner).getByRole('button', { name: 'Restore Old Lamp' }));

    await waitFor(() => expect(screen.queryByRole('note')).not.toBeInTheDocument());
    expect(api.variablesOf('RestoreProduct')).toEqual([{ id: lamp.id }]);
  });

  it('has Restore in the list instead of Delete', async () => {
    const api = adminApi({
      RestoreProduct: () => ({
        data: {
          updateProduct: {
            product: { id: lamp.id, active: true, updatedAt: '2026-11-22T00:00:00Z' },
            userErrors: [],
          },
        },
      }),
    });
    const { user } = renderApp('/admin');

    const row = (await screen.findByRole('rowheader', { name: 'Old Lamp' })).closest('tr')!;
    expect(within(row).queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Restore Old Lamp' }));

    await waitFor(() => expect(api.variablesOf('RestoreProduct')).toEqual([{ id: lamp.id }]));
  });
});
