import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cart, cartLine, cartPayload, categories, product, productPage } from '@/testing/fixtures';
import { type EventStream, eventStream } from '@/testing/event-stream';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

function header() {
  return within(screen.getByRole('banner'));
}

/** The fake server's side of one subscription: a new stream for each request, in order. */
function streams() {
  const opened: EventStream[] = [];
  return {
    opened,
    handler: () => {
      const stream = eventStream();
      opened.push(stream);
      return stream.response;
    },
    get last() {
      return opened[opened.length - 1];
    },
  };
}

/** Lets what the fake timers hold run, inside act() since it re-renders. */
async function wait(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** Sends heartbeats over `ms`, as the server does every 15 s, so a stream stays alive. */
async function keepAlive(stream: EventStream, ms: number) {
  for (let elapsed = 0; elapsed < ms; elapsed += 15_000) {
    await wait(Math.min(15_000, ms - elapsed));
    stream.heartbeat();
  }
}

function showTab() {
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** A `productChanged` event as the server sends it to a shopper (off sale: nothing but that). */
function pushedProduct(id: string, change: { stock: number; price: string } | 'off sale') {
  const productChanged =
    change === 'off sale'
      ? { id, active: false, stock: 0, inStock: false, price: { amount: '0.00', currencyCode: 'USD' } }
      : {
          id,
          active: true,
          stock: change.stock,
          inStock: change.stock > 0,
          price: { amount: change.price, currencyCode: 'USD' },
        };
  return { data: { productChanged } };
}

/** Nothing on the page says anything about the connection: no alert, no error. */
function expectNothingAlarming() {
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.queryByText(/connection|reconnect|offline|live/i)).not.toBeInTheDocument();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Live cart', () => {
  it('shows a line added in another tab in the badge and on the open cart page, without a reload', async () => {
    const desk = product({ title: 'Walnut Desk Organizer' });
    const lamp = product({ title: 'Brass Desk Lamp' });
    const carts = streams();
    const api = mockGraphQL({
      Cart: () => ({ data: { cart: cart([cartLine(desk, 1)]) } }),
      CartChanged: carts.handler,
    });
    renderApp('/cart');
    expect(await screen.findByRole('listitem', { name: 'Walnut Desk Organizer' })).toBeInTheDocument();
    await vi.waitFor(() => expect(carts.opened).toHaveLength(1));
    const reads = api.variablesOf('Cart').length;

    carts.last.next({ data: { cartChanged: cart([cartLine(desk, 1)]) } });
    carts.last.next({ data: { cartChanged: cart([cartLine(desk, 1), cartLine(lamp, 2)]) } });

    expect(await header().findByRole('link', { name: 'Cart, 3 items' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Brass Desk Lamp' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Quantity of Brass Desk Lamp' })).toHaveValue(2);
    // The stream's carts took the place of reads: nothing was read again for them.
    expect(api.variablesOf('Cart')).toHaveLength(reads);
    expectNothingAlarming();
  });

  it('holds one cart stream per tab, whatever the page', async () => {
    const carts = streams();
    mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([product()]),
      CartChanged: carts.handler,
    });
    const { router } = renderApp('/');
    await vi.waitFor(() => expect(carts.opened).toHaveLength(1));
    carts.last.next({ data: { cartChanged: cart([cartLine(product(), 1)]) } });

    await act(() => router.navigate('/cart'));
    await act(() => router.navigate('/search?q=lamp'));

    expect(carts.opened).toHaveLength(1);
    expect(carts.last.closedByClient).toBe(false);
  });

  it('tries again with a growing, jittered wait after the stream breaks, and shows nothing meanwhile', async () => {
    const desk = product({ title: 'Walnut Desk Organizer' });
    const carts = streams();
    mockGraphQL({ Cart: () => ({ data: { cart: cart([cartLine(desk, 1)]) } }), CartChanged: carts.handler });
    renderApp('/cart');
    expect(await screen.findByRole('listitem', { name: 'Walnut Desk Organizer' })).toBeInTheDocument();
    await vi.waitFor(() => expect(carts.opened).toHaveLength(1));
    vi.useFakeTimers();

    // Each wait lies between half the ceiling (1 s, 2 s, 4 s …) and all of it.
    for (const [tries, ceiling] of [
      [1, 1_000],
      [2, 2_000],
      [3, 4_000],
      [4, 8_000],
    ]) {
      carts.last.cut();
      await wait(ceiling / 2 - 1);
      expect(carts.opened).toHaveLength(tries);
      await wait(ceiling / 2 + 1);
      expect(carts.opened).toHaveLength(tries + 1);
      expectNothingAlarming();
      expect(screen.getByRole('listitem', { name: 'Walnut Desk Organizer' })).toBeInTheDocument();
    }

    // A stream that works stays: no more tries.
    carts.last.next({ data: { cartChanged: cart([cartLine(desk, 2)]) } });
    await keepAlive(carts.last, 120_000);
    expect(carts.opened).toHaveLength(5);
    expect(header().getByRole('link', { name: 'Cart, 2 items' })).toBeInTheDocument();
  });

  it('subscribes again at once when a long stream ends normally (its lifetime, a restart)', async () => {
    const carts = streams();
    mockGraphQL({ CartChanged: carts.handler });
    renderApp('/cart');
    await vi.waitFor(() => expect(carts.opened).toHaveLength(1));
    vi.useFakeTimers();
    carts.last.next({ data: { cartChanged: cart([cartLine(product(), 1)]) } });
    await keepAlive(carts.last, 60_000);

    carts.last.complete();
    await wait(0);

    expect(carts.opened).toHaveLength(2);
  });

  it('does not try again in a loop when the server says this browser holds too many streams', async () => {
    const carts = streams();
    mockGraphQL({ CartChanged: carts.handler });
    renderApp('/cart');
    await screen.findByText('Your cart is empty.');
    await vi.waitFor(() => expect(carts.opened).toHaveLength(1));
    vi.useFakeTimers();

    carts.last.errors({
      message: 'Too many live updates open for this session',
      extensions: { classification: 'BAD_REQUEST', code: 'TOO_MANY_SUBSCRIPTIONS' },
    });
    await wait(10 * 60_000);

    expect(carts.opened).toHaveLength(1);
    expectNothingAlarming();
    expect(screen.getByText('Your cart is empty.')).toBeInTheDocument();
    // Coming back to the tab is a reason to try once more (other tabs may have closed).
    showTab();
    await wait(0);
    expect(carts.opened).toHaveLength(2);
  });

  it('follows again after the first add to cart when there was no session to follow, or when the tab is shown', async () => {
    const desk = product({ slug: 'walnut-desk', title: 'Walnut Desk Organizer' });
    const carts = streams();
    mockGraphQL({
      ProductPage: () => ({ data: { product: desk } }),
      AddToCart: () => cartPayload('addToCart', cart([cartLine(desk, 1)])),
      CartChanged: carts.handler,
    });
    const { user } = renderApp('/products/walnut-desk');
    await screen.findByRole('heading', { level: 1, name: 'Walnut Desk Organizer' });
    await vi.waitFor(() => expect(carts.opened).toHaveLength(1));

    // No session yet: the empty cart, and the stream ends. Nothing is tried meanwhile.
    carts.last.next({ data: { cartChanged: cart([]) } });
    carts.last.complete();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(carts.opened).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(await header().findByRole('link', { name: 'Cart, 1 item' })).toBeInTheDocument();
    await vi.waitFor(() => expect(carts.opened).toHaveLength(2));

    // The new stream follows the session the add created.
    carts.last.next({ data: { cartChanged: cart([cartLine(desk, 4)]) } });
    expect(await header().findByRole('link', { name: 'Cart, 4 items' })).toBeInTheDocument();

    // Signed out elsewhere: the empty cart and the end; shown again, the tab looks once more.
    carts.last.next({ data: { cartChanged: cart([]) } });
    carts.last.complete();
    expect(await header().findByRole('link', { name: 'Cart, 0 items' })).toBeInTheDocument();
    showTab();
    await vi.waitFor(() => expect(carts.opened).toHaveLength(3));
  });

  it('works as before when the server has no live updates: the badge follows the shopper’s own adds', async () => {
    const desk = product({ slug: 'walnut-desk', title: 'Walnut Desk Organizer' });
    // The default fake server refuses subscriptions with 406, as a server without them would.
    const api = mockGraphQL({
      ProductPage: () => ({ data: { product: desk } }),
      AddToCart: () => cartPayload('addToCart', cart([cartLine(desk, 1)])),
    });
    const { user } = renderApp('/products/walnut-desk');
    await screen.findByRole('heading', { level: 1, name: 'Walnut Desk Organizer' });
    await vi.waitFor(() => expect(api.variablesOf('CartChanged')).toHaveLength(1));
    await vi.waitFor(() => expect(api.variablesOf('ProductChanged')).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(await header().findByRole('link', { name: 'Cart, 1 item' })).toBeInTheDocument();
    expect(screen.getByText('12 in stock')).toBeInTheDocument();
    showTab();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Refused for good: neither the add nor the shown tab asks again.
    expect(api.variablesOf('CartChanged')).toHaveLength(1);
    expect(api.variablesOf('ProductChanged')).toHaveLength(1);
    expectNothingAlarming();
  });

  it('shows nothing alarming and keeps the cart when the network fails the stream', async () => {
    const desk = product({ title: 'Walnut Desk Organizer' });
    const api = mockGraphQL({
      Cart: () => ({ data: { cart: cart([cartLine(desk, 2)]) } }),
      CartChanged: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderApp('/cart');

    expect(await header().findByRole('link', { name: 'Cart, 2 items' })).toBeInTheDocument();
    await vi.waitFor(() => expect(api.variablesOf('CartChanged').length).toBeGreaterThanOrEqual(1));
    expect(screen.getByRole('listitem', { name: 'Walnut Desk Organizer' })).toBeInTheDocument();
    expectNothingAlarming();
  });
});

describe('Live product page', () => {
  it('follows the price and stock of the open product, and marks it when it goes off sale', async () => {
    const desk = product({
      slug: 'walnut-desk',
      title: 'Walnut Desk Organizer',
      price: { amount: '10.00', currencyCode: 'USD' },
      stock: 12,
    });
    const products = streams();
    const api = mockGraphQL({
      ProductPage: () => ({ data: { product: desk } }),
      ProductChanged: products.handler,
    });
    renderApp('/products/walnut-desk');
    await screen.findByRole('heading', { level: 1, name: 'Walnut Desk Organizer' });
    await vi.waitFor(() => expect(products.opened).toHaveLength(1));
    expect(api.variablesOf('ProductChanged')).toEqual([{ ids: [desk.id] }]);

    products.last.next(pushedProduct(desk.id, { stock: 3, price: '8.50' }));
    expect(await screen.findByText('3 in stock')).toBeInTheDocument();
    expect(screen.getByText('$8.50')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to cart' })).toBeInTheDocument();

    // Off sale: the shopper is sent nothing of it but that; what was shown stays.
    products.last.next(pushedProduct(desk.id, 'off sale'));
    expect(await screen.findByText('No longer on sale')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Walnut Desk Organizer' })).toBeInTheDocument();
    expect(screen.getByText('$8.50')).toBeInTheDocument();
    expect(screen.queryByText('$0.00')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to cart' })).not.toBeInTheDocument();

    // Back on sale: shown as it is now.
    products.last.next(pushedProduct(desk.id, { stock: 5, price: '9.00' }));
    expect(await screen.findByText('5 in stock')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to cart' })).toBeInTheDocument();
    expectNothingAlarming();
  });

  it('closes the product’s stream when the shopper leaves the page, and opens one for the next product', async () => {
    const desk = product({ slug: 'walnut-desk', title: 'Walnut Desk Organizer' });
    const lamp = product({ slug: 'brass-lamp', title: 'Brass Desk Lamp' });
    const products = streams();
    const api = mockGraphQL({
      ProductPage: ({ slug }) => ({ data: { product: slug === desk.slug ? desk : lamp } }),
      ProductChanged: products.handler,
    });
    const { router } = renderApp('/products/walnut-desk');
    await screen.findByRole('heading', { level: 1, name: 'Walnut Desk Organizer' });
    await vi.waitFor(() => expect(products.opened).toHaveLength(1));

    await act(() => router.navigate('/products/brass-lamp'));
    await screen.findByRole('heading', { level: 1, name: 'Brass Desk Lamp' });

    await vi.waitFor(() => expect(products.opened).toHaveLength(2));
    expect(products.opened[0].closedByClient).toBe(true);
    expect(api.variablesOf('ProductChanged')).toEqual([{ ids: [desk.id] }, { ids: [lamp.id] }]);

    await act(() => router.navigate('/cart'));
    await vi.waitFor(() => expect(products.opened[1].closedByClient).toBe(true));
  });
});
