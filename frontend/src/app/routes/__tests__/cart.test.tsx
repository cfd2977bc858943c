import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  cart,
  cartLine,
  type CartLineFixture,
  cartPayload,
  categories,
  customer,
  me,
  product,
  productPage,
  type ProductFixture,
  userErrors,
} from '@/testing/fixtures';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

function header() {
  return within(screen.getByRole('banner'));
}

function cartLineItem(title: string) {
  return within(screen.getByRole('listitem', { name: title }));
}

/** A fake cart on the server: the cart query and the line mutations read and change it. */
function cartServer(...initial: [ProductFixture, number][]) {
  let lines: CartLineFixture[] = initial.map(([of, quantity]) => cartLine(of, quantity));
  const productOf = new Map(initial.map(([of]) => [`line-${of.id}`, of]));
  const current = () => cart(lines);
  return {
    get lines() {
      return lines;
    },
    handlers: {
      Cart: () => ({ data: { cart: current() } }),
      UpdateCartLine: ({ lineId, quantity }: Record<string, unknown>) => {
        lines = lines
          .map((line) => (line.id === lineId ? cartLine(productOf.get(line.id)!, quantity as number) : line))
          .filter((line) => line.quantity > 0);
        return cartPayload('updateCartLine', current());
      },
      RemoveCartLine: ({ lineId }: Record<string, unknown>) => {
        lines = lines.filter((line) => line.id !== lineId);
        return cartPayload('removeCartLine', current());
      },
      ClearCart: () => {
        lines = [];
        return cartPayload('clearCart', current());
      },
    },
  };
}

describe('Adding to the cart', () => {
  it('adds one item from a catalog card, and the header badge counts it at once', async () => {
    const desk = product({ title: 'Walnut Desk Organizer' });
    const vinyl = product({ title: 'Rare Vinyl', stock: 0 });
    const api = mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([desk, vinyl]),
      AddToCart: () => cartPayload('addToCart', cart([cartLine(desk, 1)])),
    });
    const { user } = renderApp('/');

    expect(await header().findByRole('link', { name: 'Cart, 0 items' })).toHaveAttribute('href', '/cart');
    await user.click(await screen.findByRole('button', { name: 'Add Walnut Desk Organizer to cart' }));

    expect(await header().findByRole('link', { name: 'Cart, 1 item' })).toBeInTheDocument();
    expect(screen.getByText('Added to cart')).toBeInTheDocument();
    expect(api.variablesOf('AddToCart')).toEqual([{ productId: desk.id, quantity: 1 }]);
    // A sold-out product has no button; its badge says "Sold out".
    expect(screen.queryByRole('button', { name: 'Add Rare Vinyl to cart' })).not.toBeInTheDocument();
  });

  it('sends the quantity chosen on the product page', async () => {
    const desk = product({ slug: 'walnut-desk', title: 'Walnut Desk Organizer', stock: 12 });
    const api = mockGraphQL({
      ProductPage: () => ({ data: { product: desk } }),
      AddToCart: () => cartPayload('addToCart', cart([cartLine(desk, 3)])),
    });
    const { user } = renderApp('/products/walnut-desk');

    const quantity = await screen.findByLabelText('Quantity');
    expect(quantity).toHaveValue(1);
    await user.clear(quantity);
    await user.type(quantity, '3');
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(await screen.findByText('Added to cart')).toBeInTheDocument();
    expect(api.variablesOf('AddToCart')).toEqual([{ productId: desk.id, quantity: 3 }]);
    expect(header().getByRole('link', { name: 'Cart, 3 items' })).toBeInTheDocument();
  });

  it('shows the INSUFFICIENT_STOCK message, which says how many are left, beside the button', async () => {
    const desk = product({ slug: 'walnut-desk', title: 'Walnut Desk Organizer', stock: 2 });
    mockGraphQL({
      ProductPage: () => ({ data: { product: desk } }),
      AddToCart: () =>
        cartPayload(
          'addToCart',
          cart([cartLine(desk, 2)]),
          userErrors({
            code: 'INSUFFICIENT_STOCK',
            field: ['quantity'],
            message: 'Only 2 of Walnut Desk Organizer are left; your cart now holds 2.',
          }),
        ),
    });
    const { user } = renderApp('/products/walnut-desk');

    const quantity = await screen.findByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '5');
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only 2 of Walnut Desk Organizer are left; your cart now holds 2.',
    );
    expect(screen.queryByText('Added to cart')).not.toBeInTheDocument();
    // The server put what was left into the cart, and the badge says so.
    expect(header().getByRole('link', { name: 'Cart, 2 items' })).toBeInTheDocument();
  });

  it('asks for a quantity from 1 to 99 before asking the server', async () => {
    const api = mockGraphQL({ ProductPage: () => ({ data: { product: product({ slug: 'desk' }) } }) });
    const { user } = renderApp('/products/desk');

    const quantity = await screen.findByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '100');
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Enter a quantity from 1 to 99.');
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
    expect(api.variablesOf('AddToCart')).toEqual([]);
  });

  it('offers no "Add to cart" for a sold-out product', async () => {
    mockGraphQL({ ProductPage: () => ({ data: { product: product({ title: 'Rare Vinyl', stock: 0 }) } }) });
    renderApp('/products/rare-vinyl');

    await screen.findByRole('heading', { level: 1, name: 'Rare Vinyl' });
    expect(screen.queryByRole('button', { name: 'Add to cart' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Quantity')).not.toBeInTheDocument();
  });
});

describe('Cart page', () => {
  it('lists each line with its price and quantity, and the totals the shop computed', async () => {
    const desk = product({
      slug: 'walnut-desk',
      title: 'Walnut Desk Organizer',
      price: { amount: '49.90', currencyCode: 'USD' },
    });
    const lamp = product({ title: 'Brass Lamp', price: { amount: '120.00', currencyCode: 'USD' } });
    mockGraphQL({
      Cart: () => ({
        data: { cart: cart([cartLine(desk, 2), cartLine(lamp, 1)], { taxRatePercent: 8 }) },
      }),
    });
    renderApp('/cart');

    expect(await screen.findByRole('heading', { level: 1, name: 'Your cart' })).toBeInTheDocument();
    await screen.findByRole('listitem', { name: 'Walnut Desk Organizer' });
    const line = cartLineItem('Walnut Desk Organizer');
    expect(line.getByRole('link', { name: 'Walnut Desk Organizer' })).toHaveAttribute(
      'href',
      '/products/walnut-desk',
    );
    expect(line.getByText('$49.90')).toBeInTheDocument();
    expect(line.getByRole('spinbutton', { name: 'Quantity of Walnut Desk Organizer' })).toHaveValue(2);
    expect(line.getByText('$99.80')).toBeInTheDocument();
    expect(line.getByRole('button', { name: 'Remove Walnut Desk Organizer from cart' })).toBeInTheDocument();
    expect(cartLineItem('Brass Lamp').getByRole('spinbutton')).toHaveValue(1);

    const summary = within(screen.getByRole('region', { name: 'Summary' }));
    expect(summary.getByText('3 items')).toBeInTheDocument();
    expect(summary.getByText('Subtotal').nextElementSibling).toHaveTextContent('$219.80');
    expect(summary.getByText('Tax').nextElementSibling).toHaveTextContent('$17.58');
    expect(summary.getByText('Total').nextElementSibling).toHaveTextContent('$237.38');
    expect(header().getByRole('link', { name: 'Cart, 3 items' })).toBeInTheDocument();
  });

  it('sends the new quantity when a stepper button or the quantity field changes it', async () => {
    const desk = product({ title: 'Walnut Desk Organizer', price: { amount: '10.00', currencyCode: 'USD' } });
    const server = cartServer([desk, 2]);
    const api = mockGraphQL(server.handlers);
    const { user } = renderApp('/cart');

    await user.click(
      await screen.findByRole('button', { name: 'Increase quantity of Walnut Desk Organizer' }),
    );

    await waitFor(() =>
      expect(screen.getByRole('spinbutton', { name: 'Quantity of Walnut Desk Organizer' })).toHaveValue(3),
    );
    expect(cartLineItem('Walnut Desk Organizer').getByText('$30.00')).toBeInTheDocument();
    expect(header().getByRole('link', { name: 'Cart, 3 items' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Decrease quantity of Walnut Desk Organizer' }));
    await waitFor(() => expect(api.variablesOf('UpdateCartLine')).toHaveLength(2));

    const field = screen.getByRole('spinbutton', { name: 'Quantity of Walnut Desk Organizer' });
    await waitFor(() => expect(field).toHaveValue(2));
    await user.clear(field);
    await user.type(field, '7{Enter}');

    await waitFor(() => expect(field).toHaveValue(7));
    expect(api.variablesOf('UpdateCartLine')).toEqual([
      { lineId: `line-${desk.id}`, quantity: 3 },
      { lineId: `line-${desk.id}`, quantity: 2 },
      { lineId: `line-${desk.id}`, quantity: 7 },
    ]);
  });

  it('removes a line with "Remove"', async () => {
    const desk = product({ title: 'Walnut Desk Organizer' });
    const lamp = product({ title: 'Brass Lamp' });
    const server = cartServer([desk, 1], [lamp, 2]);
    const api = mockGraphQL(server.handlers);
    const { user } = renderApp('/cart');

    await user.click(await screen.findByRole('button', { name: 'Remove Walnut Desk Organizer from cart' }));

    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Walnut Desk Organizer' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('listitem', { name: 'Brass Lamp' })).toBeInTheDocument();
    expect(api.variablesOf('RemoveCartLine')).toEqual([{ lineId: `line-${desk.id}` }]);
    expect(header().getByRole('link', { name: 'Cart, 2 items' })).toBeInTheDocument();
  });

  it('asks before clearing the cart, and clears it only when confirmed', async () => {
    const server = cartServer([product({ title: 'Walnut Desk Organizer' }), 1]);
    const api = mockGraphQL(server.handlers);
    const { user } = renderApp('/cart');

    await user.click(await screen.findByRole('button', { name: 'Clear cart' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Clear your cart?' }));
    await user.click(dialog.getByRole('button', { name: 'Keep items' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.variablesOf('ClearCart')).toEqual([]);
    expect(screen.getByRole('listitem', { name: 'Walnut Desk Organizer' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear cart' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Clear your cart?' })).getByRole('button', {
        name: 'Clear cart',
      }),
    );

    expect(await screen.findByText('Your cart is empty.')).toBeInTheDocument();
    expect(api.variablesOf('ClearCart')).toHaveLength(1);
    expect(header().getByRole('link', { name: 'Cart, 0 items' })).toBeInTheDocument();
  });

  it("shows each line's problem on that line", async () => {
    const desk = product({ title: 'Walnut Desk Organizer', stock: 1 });
    const lamp = product({ title: 'Brass Lamp' });
    mockGraphQL({
      Cart: () => ({
        data: {
          cart: cart([
            cartLine(desk, 3, {
              problem: { code: 'INSUFFICIENT_STOCK', message: 'Only 1 left in stock.' },
            }),
            cartLine(lamp, 1, {
              problem: { code: 'PRODUCT_UNAVAILABLE', message: 'Brass Lamp is no longer on sale.' },
            }),
          ]),
        },
      }),
    });
    renderApp('/cart');

    expect(await screen.findByText('Only 1 left in stock.')).toBeInTheDocument();
    expect(cartLineItem('Walnut Desk Organizer').getByText('Only 1 left in stock.')).toBeInTheDocument();
    expect(cartLineItem('Brass Lamp').getByText('Brass Lamp is no longer on sale.')).toBeInTheDocument();
    expect(cartLineItem('Brass Lamp').queryByText('Only 1 left in stock.')).not.toBeInTheDocument();
  });

  it('counts a line holding more than the stock for the stock, never raises it past the stock, and keeps what is there in one click', async () => {
    const desk = product({
      title: 'Walnut Desk Organizer',
      stock: 2,
      price: { amount: '10.00', currencyCode: 'USD' },
    });
    const lamp = product({ title: 'Brass Lamp', price: { amount: '5.00', currencyCode: 'USD' } });
    const problem = {
      code: 'INSUFFICIENT_STOCK',
      message: 'Only 2 of Walnut Desk Organizer are in stock; 2 count toward your total',
    };
    const server = cartServer([lamp, 1]);
    const api = mockGraphQL({
      ...server.handlers,
      Cart: () => ({ data: { cart: cart([cartLine(desk, 5, { problem }), cartLine(lamp, 1)]) } }),
      UpdateCartLine: () => cartPayload('updateCartLine', cart([cartLine(desk, 2), cartLine(lamp, 1)])),
    });
    const { user } = renderApp('/cart');

    expect(await screen.findByText(problem.message)).toBeInTheDocument();
    const desks = cartLineItem('Walnut Desk Organizer');
    expect(desks.getByText(problem.message)).toBeInTheDocument();
    expect(desks.getByText('$20.00')).toBeInTheDocument();
    expect(desks.getByText('for 2 of 5')).toBeInTheDocument();
    const summary = within(screen.getByRole('region', { name: 'Summary' }));
    expect(summary.getByText('3 items')).toBeInTheDocument();
    expect(summary.getByText('Subtotal').nextElementSibling).toHaveTextContent('$25.00');
    // aria-disabled rather than disabled, so a button that reaches the stock keeps the focus.
    expect(desks.getByRole('button', { name: 'Increase quantity of Walnut Desk Organizer' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    await user.click(desks.getByRole('button', { name: 'Keep 2' }));

    await waitFor(() =>
      expect(screen.getByRole('spinbutton', { name: 'Quantity of Walnut Desk Organizer' })).toHaveValue(2),
    );
    expect(api.variablesOf('UpdateCartLine')).toEqual([{ lineId: `line-${desk.id}`, quantity: 2 }]);
    expect(cartLineItem('Walnut Desk Organizer').queryByText('for 2 of 5')).not.toBeInTheDocument();
    expect(
      cartLineItem('Walnut Desk Organizer').getByRole('button', {
        name: 'Increase quantity of Walnut Desk Organizer',
      }),
    ).toHaveAttribute('aria-disabled', 'true');
  });

  it('shows the user errors of a change next to the line it was sent for', async () => {
    const desk = product({ title: 'Walnut Desk Organizer', stock: 4 });
    const lamp = product({ title: 'Brass Lamp' });
    const api = mockGraphQL({
      Cart: () => ({ data: { cart: cart([cartLine(desk, 2), cartLine(lamp, 1)]) } }),
      UpdateCartLine: () =>
        cartPayload(
          'updateCartLine',
          cart([cartLine(desk, 4), cartLine(lamp, 1)]),
          // The server names no line: the answer is about the line the change was sent for.
          userErrors({
            code: 'INSUFFICIENT_STOCK',
            field: ['quantity'],
            message: 'Only 4 of Walnut Desk Organizer are left; your cart now holds 4.',
          }),
        ),
    });
    const { user } = renderApp('/cart');

    const field = await screen.findByRole('spinbutton', { name: 'Quantity of Walnut Desk Organizer' });
    await user.clear(field);
    await user.type(field, '9{Enter}');

    const desks = cartLineItem('Walnut Desk Organizer');
    expect(await desks.findByRole('alert')).toHaveTextContent(
      'Only 4 of Walnut Desk Organizer are left; your cart now holds 4.',
    );
    expect(field).toHaveValue(4);
    expect(cartLineItem('Brass Lamp').queryByRole('alert')).not.toBeInTheDocument();
    expect(api.variablesOf('UpdateCartLine')).toEqual([{ lineId: `line-${desk.id}`, quantity: 9 }]);
  });

  it('says so when the cart is empty, with a way back to the shop', async () => {
    mockGraphQL({ CatalogCategories: () => categories, CatalogProducts: () => productPage([]) });
    const { router, user } = renderApp('/cart');

    expect(await screen.findByText('Your cart is empty.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear cart' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the shop' }));

    expect(router.state.location.pathname).toBe('/');
  });
});

describe('The cart across signing in and out', () => {
  it('reads the merged cart after signing in and shows what the merge adjusted until signing out', async () => {
    const desk = product({ title: 'Walnut Desk Organizer' });
    const lamp = product({ title: 'Brass Lamp' });
    const session = { signedIn: false };
    const adjustments = userErrors({
      code: 'INSUFFICIENT_STOCK',
      message: 'Brass Lamp: only 1 left, so your cart holds 1.',
    });
    const api = mockGraphQL({
      Me: () => me(session.signedIn ? customer() : null),
      Cart: () => ({
        data: { cart: cart(session.signedIn ? [cartLine(desk, 1), cartLine(lamp, 1)] : [cartLine(lamp, 3)]) },
      }),
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([desk, lamp]),
      Logout: () => {
        session.signedIn = false;
        return { data: { logout: { signedOut: true } } };
      },
      Login: () => {
        session.signedIn = true;
        return {
          data: {
            login: { customer: customer(), userErrors: [], cartMerge: { mergedLines: 1, adjustments } },
          },
        };
      },
    });
    const { user } = renderApp('/sign-in');

    expect(await header().findByRole('link', { name: 'Cart, 3 items' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await header().findByRole('link', { name: 'Cart, 2 items' })).toBeInTheDocument();
    expect(api.variablesOf('Cart')).toHaveLength(2);
    const notice = await screen.findByRole('region', { name: /earlier cart/ });
    expect(notice).toHaveTextContent('Brass Lamp: only 1 left, so your cart holds 1.');

    expect(within(notice).getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();

    // It was about the customer's cart: signing out takes it away.
    await user.click(header().getByRole('button', { name: 'Sign out' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /earlier cart/ })).not.toBeInTheDocument(),
    );
  });

  it('shows the fresh, empty cart after signing out', async () => {
    const session = { signedIn: true };
    mockGraphQL({
      Me: () => me(session.signedIn ? customer() : null),
      Cart: () => ({ data: { cart: cart(session.signedIn ? [cartLine(product(), 2)] : []) } }),
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([]),
      Logout: () => {
        session.signedIn = false;
        return { data: { logout: { signedOut: true } } };
      },
    });
    const { user } = renderApp('/cart');

    expect(await header().findByRole('link', { name: 'Cart, 2 items' })).toBeInTheDocument();
    await user.click(await header().findByRole('button', { name: 'Sign out' }));

    expect(await header().findByRole('link', { name: 'Cart, 0 items' })).toBeInTheDocument();
  });
});
