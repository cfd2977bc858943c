import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_TIMEOUT_MS } from '@/lib/graphql-client';
import {
  admin,
  adminProduct,
  cart,
  cartLine,
  categories,
  me,
  product,
  productPage,
} from '@/testing/fixtures';
import { mockGraphQL, NO_ANSWER } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

const TIMED_OUT = 'The shop took too long to answer. Check your connection and try again.';

/** Lets REQUEST_TIMEOUT_MS pass at once: the clock is fake, and runs on by itself for the rest. */
async function waitOutTheTimeout() {
  await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
}

// Every request, query or mutation, shopper's or admin's, goes through execute() and its timeout
// (ESLint keeps fetch out of the rest of src/): an API that never answers ends in a message.
describe('When the shop does not answer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says so instead of loading the catalog for ever, and "Try again" loads it', async () => {
    const desk = product({ title: 'Walnut Desk Organizer' });
    mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: (_variables, call) => (call === 1 ? NO_ANSWER : productPage([desk])),
    });
    const { user } = renderApp('/');

    expect(await screen.findByRole('status', { name: 'Loading products' })).toBeInTheDocument();
    await waitOutTheTimeout();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Products could not be loaded');
    expect(alert).toHaveTextContent(TIMED_OUT);
    expect(screen.queryByRole('status', { name: 'Loading products' })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Walnut Desk Organizer' })).toBeInTheDocument();
  });

  it('gives "Add to cart" back with the message, and reads the cart again in case the item went in', async () => {
    const desk = product({ slug: 'desk', title: 'Walnut Desk Organizer', stock: 12 });
    const api = mockGraphQL({
      ProductPage: () => ({ data: { product: desk } }),
      AddToCart: () => NO_ANSWER,
      Cart: (_variables, call) => ({ data: { cart: call === 1 ? cart([]) : cart([cartLine(desk, 1)]) } }),
    });
    const { user } = renderApp('/products/desk');

    await user.click(await screen.findByRole('button', { name: 'Add to cart' }));
    expect(screen.getByRole('button', { name: 'Adding…' })).toBeInTheDocument();
    await waitOutTheTimeout();

    expect(await screen.findByRole('alert')).toHaveTextContent(TIMED_OUT);
    expect(screen.getByRole('button', { name: 'Add to cart' })).not.toHaveAttribute('aria-disabled');
    await vi.waitFor(() => expect(api.variablesOf('Cart')).toHaveLength(2));
    expect(await screen.findByRole('link', { name: /Cart, 1 item/ })).toBeInTheDocument();
  });

  it('says so on the cart page when a change of a line gets no answer', async () => {
    const desk = product({ slug: 'desk', title: 'Walnut Desk Organizer', stock: 12 });
    mockGraphQL({
      Cart: () => ({ data: { cart: cart([cartLine(desk, 1)]) } }),
      UpdateCartLine: () => NO_ANSWER,
    });
    const { user } = renderApp('/cart');

    await user.click(
      await screen.findByRole('button', { name: 'Increase quantity of Walnut Desk Organizer' }),
    );
    await waitOutTheTimeout();

    const line = screen.getByRole('listitem', { name: 'Walnut Desk Organizer' });
    expect(await within(line).findByRole('alert')).toHaveTextContent(TIMED_OUT);
    expect(
      within(line).getByRole('button', { name: 'Increase quantity of Walnut Desk Organizer' }),
    ).not.toHaveAttribute('aria-disabled');
  });

  it("says so on the admin's form when saving gets no answer, and keeps what was typed", async () => {
    const desk = adminProduct({ id: '42', title: 'Walnut Desk Organizer' });
    mockGraphQL({
      Me: () => me(admin()),
      AdminCategories: () => categories,
      AdminProduct: () => ({ data: { product: desk } }),
      UpdateProduct: () => NO_ANSWER,
    });
    const { user } = renderApp('/admin/products/42/edit');

    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Oak Desk Organizer');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeInTheDocument();
    await waitOutTheTimeout();

    expect(await screen.findByRole('alert')).toHaveTextContent(TIMED_OUT);
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Oak Desk Organizer');
  });
});
