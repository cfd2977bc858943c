import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin, customer, me } from '@/testing/fixtures';
import { mockGraphQL } from '@/testing/graphql-mock';
import { orderFixture, orderPage, type OrderStatusFixture } from '@/testing/order-fixtures';
import { renderApp } from '@/testing/render-app';

/** A fake order on the server whose status the status-change mutations move on. */
function orderServer(status: OrderStatusFixture = 'PLACED') {
  let current = orderFixture({ status });
  const payload = (next: OrderStatusFixture | null, field: string, message = '') => {
    if (next) current = { ...current, status: next };
    return {
      data: {
        [field]: {
          order: current,
          userErrors: next ? [] : [{ code: 'ILLEGAL_TRANSITION', field: ['number'], message }],
        },
      },
    };
  };
  return {
    get status() {
      return current.status;
    },
    handlers: {
      Order: () => ({ data: { order: current } }),
      AdminOrder: () => ({ data: { order: { ...current, customer: null } } }),
      CancelOrder: () => payload('CANCELLED', 'cancelOrder'),
      MarkOrderPaid: () => payload('PAID', 'markOrderPaid'),
      MarkOrderShipped: () =>
        current.status === 'PAID'
          ? payload('SHIPPED', 'markOrderShipped')
          : payload(null, 'markOrderShipped', 'Only a paid order can be shipped.'),
    },
  };
}

describe('The order page', () => {
  it('shows the order as bought: lines, totals, address and how to pay', async () => {
    mockGraphQL(orderServer().handlers);
    renderApp('/orders/SF-7K3M-9QXP-2HDT');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Order SF-7K3M-9QXP-2HDT' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Placed', { selector: 'span' })).toBeInTheDocument();
    const items = within(screen.getByRole('region', { name: 'Items' }));
    expect(items.getByRole('row', { name: /Walnut Desk Organizer/ })).toHaveTextContent('$49.90');
    expect(items.getByText('$124.66')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Shipping to' })).toHaveTextContent('SW1Y 4JH London');
    expect(screen.getByRole('region', { name: 'Payment: Bank transfer' })).toHaveTextContent(/IBAN/);
    // No "thank you" unless the checkout just led here.
    expect(screen.queryByText('Thank you! Your order is placed.')).not.toBeInTheDocument();
  });

  it('says "not found" for an order the session may not read, exactly as for one that does not exist', async () => {
    mockGraphQL({ Order: () => ({ data: { order: null } }) });
    renderApp('/orders/SF-NOPE');
    expect(await screen.findByRole('heading', { level: 1, name: 'Order not found' })).toBeInTheDocument();
  });

  it('lets the owner cancel a placed order after confirming', async () => {
    const server = orderServer();
    const api = mockGraphQL(server.handlers);
    const { user } = renderApp('/orders/SF-7K3M-9QXP-2HDT');

    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Cancel order SF-7K3M-9QXP-2HDT?' }));
    await user.click(dialog.getByRole('button', { name: 'Cancel order' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Cancelled', { selector: 'span' })).toBeInTheDocument();
    expect(api.variablesOf('CancelOrder')).toEqual([{ number: 'SF-7K3M-9QXP-2HDT' }]);
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
  });

  it('offers no cancel once the order is paid', async () => {
    mockGraphQL(orderServer('PAID').handlers);
    renderApp('/orders/SF-7K3M-9QXP-2HDT');
    expect(await screen.findByText('Paid', { selector: 'span' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
  });
});

describe('Order history', () => {
  it('sends a signed-out visitor to sign in, to come back afterwards', async () => {
    mockGraphQL({ Me: () => me(null) });
    const { router } = renderApp('/account/orders');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?next=/account/orders');
  });

  it('lists the customer’s orders newest first, each linking to its page, and loads more with the cursor', async () => {
    const newest = orderFixture({ number: 'SF-3' });
    const older = orderFixture({ number: 'SF-2', status: 'SHIPPED' });
    const oldest = orderFixture({ number: 'SF-1', status: 'CANCELLED' });
    const api = mockGraphQL({
      Me: () => me(customer()),
      MyOrders: ({ after }) => ({
        data: {
          myOrders: after
            ? orderPage([oldest], { totalCount: 3 })
            : orderPage([newest, older], { totalCount: 3, hasNextPage: true }),
        },
      }),
    });
    const { user } = renderApp('/account/orders');

    const list = await screen.findByRole('list', { name: 'Orders' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/orders/SF-3', '/orders/SF-2']);
    expect(screen.getByText('Showing 2 of 3 orders')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('listitem', { name: 'Order SF-1' })).toHaveTextContent('Cancelled');
    expect(api.variablesOf('MyOrders')).toEqual([
      { first: 10, after: null },
      { first: 10, after: 'cursor-SF-2' },
    ]);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('is reached from the header once signed in', async () => {
    mockGraphQL({ Me: () => me(customer()), MyOrders: () => ({ data: { myOrders: orderPage([]) } }) });
    const { user } = renderApp('/cart');
    await user.click(await within(screen.getByRole('banner')).findByRole('link', { name: 'Your orders' }));
    expect(await screen.findByText("You haven't ordered anything yet.")).toBeInTheDocument();
  });
});

describe('Admin orders', () => {
  it('tells a shopper they have no access, without asking for orders', async () => {
    const api = mockGraphQL({ Me: () => me(customer()) });
    renderApp('/admin/orders');
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(api.variablesOf('AdminOrders')).toEqual([]);
  });

  it('filters by status, email and number through the URL', async () => {
    const api = mockGraphQL({
      Me: () => me(admin()),
      AdminOrders: () => ({ data: { orders: orderPage([{ ...orderFixture(), customer: null } as never]) } }),
    });
    const { user, router } = renderApp('/admin/orders');

    expect(await screen.findByRole('link', { name: 'SF-7K3M-9QXP-2HDT' })).toHaveAttribute(
      'href',
      '/admin/orders/SF-7K3M-9QXP-2HDT',
    );
    await user.selectOptions(screen.getByLabelText('Status'), 'PAID');
    await user.type(screen.getByLabelText('Email'), ' ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Filter' }));

    await waitFor(() => expect(api.variablesOf('AdminOrders')).toHaveLength(2));
    expect(api.variablesOf('AdminOrders')[1]).toEqual({
      filter: { status: 'PAID', email: 'ada@example.com' },
      first: 50,
      after: null,
    });
    expect(router.state.location.search).toBe('?status=PAID&email=ada%40example.com');
  });

  it('marks an order paid, then shipped', async () => {
    const server = orderServer();
    mockGraphQL({ Me: () => me(admin()), ...server.handlers });
    const { user } = renderApp('/admin/orders/SF-7K3M-9QXP-2HDT');

    expect(await screen.findByText('A guest, who gave guest@example.com')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark paid' }));
    expect(await screen.findByRole('button', { name: 'Mark shipped' })).toBeInTheDocument();
    expect(server.status).toBe('PAID');
    await user.click(screen.getByRole('button', { name: 'Mark shipped' }));

    expect(await screen.findByText('Shipped', { selector: 'span' })).toBeInTheDocument();
    expect(server.status).toBe('SHIPPED');
    expect(screen.queryByRole('button', { name: /Mark|Cancel order/ })).not.toBeInTheDocument();
  });

  it('shows ILLEGAL_TRANSITION when the order moved on meanwhile', async () => {
    const server = orderServer('PLACED');
    mockGraphQL({
      Me: () => me(admin()),
      ...server.handlers,
      // The page still shows PAID, but someone else cancelled it meanwhile.
      AdminOrder: (_variables, call) => ({
        data: { order: { ...orderFixture({ status: call === 1 ? 'PAID' : 'CANCELLED' }), customer: null } },
      }),
    });
    const { user } = renderApp('/admin/orders/SF-7K3M-9QXP-2HDT');

    await user.click(await screen.findByRole('button', { name: 'Mark shipped' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only a paid order can be shipped.');
    expect(await screen.findByText('Cancelled', { selector: 'span' })).toBeInTheDocument();
  });
});
