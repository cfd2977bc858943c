import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { customer, me, product } from '@/testing/fixtures';
import { jsonResponse, mockGraphQL, type OperationHandler } from '@/testing/graphql-mock';
import { checkoutAnswer, orderFixture, placeOrderAnswer } from '@/testing/order-fixtures';
import { renderApp } from '@/testing/render-app';

const desk = product({
  slug: 'walnut-desk',
  title: 'Walnut Desk Organizer',
  price: { amount: '49.90', currencyCode: 'USD' },
});
const amounts = { subtotal: '99.80', shipping: '4.90', tax: '19.96', total: '124.66' };
const guestCheckout = () => checkoutAnswer([{ of: desk, quantity: 2, lineTotal: '99.80' }], amounts);

function checkoutApi(handlers: Record<string, OperationHandler> = {}) {
  return mockGraphQL({
    Checkout: () => guestCheckout(),
    Order: ({ number }) => ({ data: { order: orderFixture({ number: number as string }) } }),
    ...handlers,
  });
}

type Render = ReturnType<typeof renderApp>;

async function fillAddress({ user }: Render, { email = 'ada@example.com' }: { email?: string | null } = {}) {
  await screen.findByRole('heading', { level: 1, name: 'Checkout' });
  if (email !== null) await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
  await user.type(screen.getByLabelText('Street and number'), '12 St James Square');
  await user.type(screen.getByLabelText('City'), 'London');
  await user.type(screen.getByLabelText('Postal code'), 'SW1Y 4JH');
  await user.selectOptions(screen.getByLabelText('Country'), 'GB');
}

function placeButton() {
  return screen.getByRole('button', { name: /Place order|Placing your order/ });
}

function summary() {
  return within(screen.getByRole('region', { name: 'Order summary' }));
}

describe('Checkout', () => {
  beforeEach(() => sessionStorage.clear());

  it('is reached from the cart page', async () => {
    mockGraphQL({
      Cart: () => ({
        data: {
          cart: {
            id: 'c',
            totalQuantity: 1,
            subtotal: desk.price,
            tax: { amount: '0.00', currencyCode: 'USD' },
            total: desk.price,
            lines: [
              {
                id: 'l1',
                quantity: 1,
                buyableQuantity: 1,
                unitPrice: desk.price,
                lineTotal: desk.price,
                problem: null,
                product: desk,
              },
            ],
          },
        },
      }),
      Checkout: () => guestCheckout(),
    });
    const { user, router } = renderApp('/cart');
    await user.click(await screen.findByRole('link', { name: 'Checkout' }));
    expect(router.state.location.pathname).toBe('/checkout');
    expect(await summary().findByText('Walnut Desk Organizer')).toBeInTheDocument();
  });

  it('shows the summary with shipping, tax and total as the server computed them', async () => {
    checkoutApi();
    renderApp('/checkout');
    await screen.findByRole('region', { name: 'Order summary' });
    expect(await summary().findByRole('listitem', { name: 'Walnut Desk Organizer' })).toHaveTextContent(
      '× 2',
    );
    expect(summary().getByText('$4.90')).toBeInTheDocument();
    expect(summary().getByText('$19.96')).toBeInTheDocument();
    expect(summary().getByText('$124.66')).toBeInTheDocument();
    expect(summary().getByText(/Shipping is free from/)).toHaveTextContent('$100.00');
    expect(screen.getByRole('radio', { name: /Bank transfer/ })).toBeChecked();
  });

  it('places a guest order with the shown total and a key, then shows the confirmation', async () => {
    const api = checkoutApi({ PlaceOrder: () => placeOrderAnswer({ number: 'SF-AAAA-BBBB-CCCC' }) });
    const view = renderApp('/checkout');
    await fillAddress(view);
    await view.user.click(placeButton());

    expect(
      await screen.findByRole('heading', { level: 1, name: /Order SF-AAAA-BBBB-CCCC/ }),
    ).toBeInTheDocument();
    expect(view.router.state.location.pathname).toBe('/orders/SF-AAAA-BBBB-CCCC');
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(
      'Thank you! Your order is placed.',
    );
    const [{ input }] = api.variablesOf('PlaceOrder') as [{ input: Record<string, unknown> }];
    expect(input).toEqual({
      email: 'ada@example.com',
      shippingAddress: {
        name: 'Ada Lovelace',
        line1: '12 St James Square',
        line2: null,
        city: 'London',
        postalCode: 'SW1Y 4JH',
        region: null,
        countryCode: 'GB',
      },
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{32,36}$/),
      expectedTotal: '124.66',
      paymentMethod: 'bank-transfer',
    });
    // The next checkout is another one: its key is new.
    expect(sessionStorage.getItem('storefront.checkout-key')).toBeNull();
  });

  it('reads the cart and the stock again once the order is placed', async () => {
    let placed = false;
    const lines = [
      {
        id: 'l1',
        quantity: 2,
        buyableQuantity: 2,
        unitPrice: desk.price,
        lineTotal: { amount: '99.80', currencyCode: 'USD' },
        problem: null,
        product: desk,
      },
    ];
    const cartOf = (held: typeof lines) => ({
      id: 'c',
      totalQuantity: held.length ? 2 : 0,
      subtotal: { amount: '99.80', currencyCode: 'USD' },
      tax: { amount: '0.00', currencyCode: 'USD' },
      total: { amount: '99.80', currencyCode: 'USD' },
      lines: held,
    });
    const api = checkoutApi({
      Cart: () => ({ data: { cart: cartOf(placed ? [] : lines) } }),
      ProductPage: () => ({ data: { product: { ...desk, stock: placed ? 10 : 12 } } }),
      PlaceOrder: () => {
        placed = true;
        return placeOrderAnswer({ number: 'SF-5' });
      },
    });
    const view = renderApp('/products/walnut-desk');
    expect(await screen.findByText('12 in stock')).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Cart, 2 items' }),
    ).toBeInTheDocument();

    await view.router.navigate('/checkout');
    await fillAddress(view);
    await view.user.click(placeButton());
    expect(await screen.findByRole('heading', { level: 1, name: /Order SF-5/ })).toBeInTheDocument();

    expect(
      await within(screen.getByRole('banner')).findByRole('link', { name: 'Cart, 0 items' }),
    ).toBeInTheDocument();
    await view.router.navigate('/products/walnut-desk');
    expect(await screen.findByText('10 in stock')).toBeInTheDocument();
    expect(api.variablesOf('ProductPage').length).toBeGreaterThanOrEqual(2);
  });

  it('sends one order for a double click', async () => {
    let answer!: (response: Response) => void;
    const api = checkoutApi({
      PlaceOrder: () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const view = renderApp('/checkout');
    await fillAddress(view);
    // Two submits in one go, before React has rendered the first as pending.
    const form = screen.getByRole('form', { name: 'Checkout' });
    fireEvent.submit(form);
    fireEvent.submit(form);
    await view.user.dblClick(placeButton());
    await view.user.click(placeButton());

    expect(placeButton()).toBeDisabled();
    expect(placeButton()).toHaveTextContent('Placing your order…');
    expect(api.variablesOf('PlaceOrder')).toHaveLength(1);
    answer(jsonResponse(placeOrderAnswer({ number: 'SF-1' })));
    expect(await screen.findByRole('heading', { level: 1, name: /Order SF-1/ })).toBeInTheDocument();
    expect(api.variablesOf('PlaceOrder')).toHaveLength(1);
  });

  it('retries after a lost answer with the same key', async () => {
    const api = checkoutApi({
      PlaceOrder: (_variables, call) =>
        call === 1
          ? jsonResponse({ errors: [{ message: 'Bad gateway' }] }, 502)
          : placeOrderAnswer({ number: 'SF-2' }),
    });
    const view = renderApp('/checkout');
    await fillAddress(view);
    await view.user.click(placeButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Bad gateway');
    await view.user.click(placeButton());

    expect(await screen.findByRole('heading', { level: 1, name: /Order SF-2/ })).toBeInTheDocument();
    const keys = api
      .variablesOf('PlaceOrder')
      .map((v) => (v.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('on PRICE_CHANGED shows the new total and places with it, and the same key, on confirming again', async () => {
    const api = checkoutApi({
      Checkout: (_variables, call) =>
        call === 1
          ? guestCheckout()
          : checkoutAnswer([{ of: desk, quantity: 2, lineTotal: '109.80' }], {
              subtotal: '109.80',
              shipping: '0.00',
              tax: '21.96',
              total: '131.76',
            }),
      PlaceOrder: (_variables, call) =>
        call === 1
          ? placeOrderAnswer({
              userErrors: [
                {
                  code: 'PRICE_CHANGED',
                  field: ['input', 'expectedTotal'],
                  message: 'The total changed to $131.76.',
                },
              ],
            })
          : placeOrderAnswer({ number: 'SF-3' }),
    });
    const view = renderApp('/checkout');
    await fillAddress(view);
    await view.user.click(placeButton());

    const notice = await summary().findByRole('alert');
    expect(notice).toHaveTextContent('The total changed to $131.76.');
    await waitFor(() => expect(notice).toHaveTextContent('The total is now $131.76.'));
    expect(summary().getByText('Free')).toBeInTheDocument();
    await view.user.click(placeButton());

    expect(await screen.findByRole('heading', { level: 1, name: /Order SF-3/ })).toBeInTheDocument();
    const inputs = api
      .variablesOf('PlaceOrder')
      .map((v) => v.input as { idempotencyKey: string; expectedTotal: string });
    expect(inputs.map((input) => input.expectedTotal)).toEqual(['124.66', '131.76']);
    expect(inputs[1].idempotencyKey).toBe(inputs[0].idempotencyKey);
  });

  it('shows what ran short and the adjusted cart', async () => {
    checkoutApi({
      Checkout: (_variables, call) =>
        call === 1
          ? guestCheckout()
          : checkoutAnswer([{ of: desk, quantity: 1, lineTotal: '49.90' }], {
              subtotal: '49.90',
              shipping: '4.90',
              tax: '9.98',
              total: '64.78',
            }),
      PlaceOrder: () =>
        placeOrderAnswer({
          shortages: [{ productId: desk.id, title: desk.title, requested: 2, available: 1 }],
          userErrors: [{ code: 'INSUFFICIENT_STOCK', message: 'Only 1 of Walnut Desk Organizer is left.' }],
        }),
    });
    const view = renderApp('/checkout');
    await fillAddress(view);
    await view.user.click(placeButton());

    const shortages = await screen.findByRole('list', { name: 'Items that ran short' });
    expect(shortages).toHaveTextContent(
      'Walnut Desk Organizer: you asked for 2, only 1 is left (your cart now holds 1).',
    );
    expect(await summary().findByText('$64.78')).toBeInTheDocument();
    expect(summary().getByRole('listitem', { name: 'Walnut Desk Organizer' })).toHaveTextContent('× 1');
  });

  it('on CART_EMPTY says so and links back to the shop', async () => {
    checkoutApi({
      Checkout: (_variables, call) =>
        call === 1 ? guestCheckout() : checkoutAnswer([], { ...amounts, total: '0.00' }),
      PlaceOrder: () =>
        placeOrderAnswer({
          userErrors: [{ code: 'CART_EMPTY', message: 'Your cart holds nothing to order.' }],
        }),
    });
    const view = renderApp('/checkout');
    await fillAddress(view);
    await view.user.click(placeButton());

    expect(await screen.findByRole('alert')).toHaveTextContent('Your cart holds nothing to order.');
    expect(screen.getByRole('link', { name: 'Back to the shop' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Place order' })).not.toBeInTheDocument();
  });

  it('puts the server’s address errors next to their fields', async () => {
    checkoutApi({
      PlaceOrder: () =>
        placeOrderAnswer({
          userErrors: [
            {
              code: 'INVALID',
              field: ['input', 'shippingAddress', 'city'],
              message: 'The city is too long.',
            },
            {
              code: 'INVALID',
              field: ['input', 'shippingAddress', 'postalCode'],
              message: 'Not a postal code.',
            },
          ],
        }),
    });
    const view = renderApp('/checkout');
    await fillAddress(view);
    await view.user.click(placeButton());

    const city = screen.getByLabelText('City');
    await waitFor(() => expect(city).toHaveAttribute('aria-invalid', 'true'));
    expect(city).toHaveAccessibleDescription('The city is too long.');
    expect(screen.getByLabelText('Postal code')).toHaveAccessibleDescription('Not a postal code.');
    expect(city).toHaveFocus();
  });

  it('checks the form before asking the server', async () => {
    const api = checkoutApi();
    const { user } = renderApp('/checkout');
    await screen.findByRole('heading', { level: 1, name: 'Checkout' });
    await user.click(placeButton());

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      /Enter your email, for the confirmation./,
    );
    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription(
      'Enter the name of who receives the parcel.',
    );
    expect(api.variablesOf('PlaceOrder')).toEqual([]);
  });

  it('asks a signed-in customer for no email and sends none', async () => {
    const ada = customer();
    const api = checkoutApi({
      Me: () => me(ada),
      Checkout: () =>
        checkoutAnswer([{ of: desk, quantity: 2, lineTotal: '99.80' }], amounts, {
          id: ada.id,
          email: ada.email,
        }),
      PlaceOrder: () => placeOrderAnswer({ number: 'SF-4' }),
    });
    const view = renderApp('/checkout');
    expect(await screen.findByText(ada.email)).toBeInTheDocument();
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
    await fillAddress(view, { email: null });
    await view.user.click(placeButton());

    expect(await screen.findByRole('heading', { level: 1, name: /Order SF-4/ })).toBeInTheDocument();
    expect((api.variablesOf('PlaceOrder')[0].input as { email: unknown }).email).toBeNull();
  });
});
