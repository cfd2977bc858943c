import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cart, cartLine, cartPayload, categories, product, productPage } from '@/testing/fixtures';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

describe('After "Add to cart"', () => {
  it('offers "View cart" and "Check out", and keeps the focus on the button pressed', async () => {
    const desk = product({ title: 'Walnut Desk Organizer' });
    mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([desk]),
      AddToCart: () => cartPayload('addToCart', cart([cartLine(desk, 1)])),
    });
    const { user } = renderApp('/');

    const button = await screen.findByRole('button', { name: 'Add Walnut Desk Organizer to cart' });
    await user.click(button);

    const notice = await screen.findByRole('region', { name: 'Added to cart' });
    expect(notice).toHaveTextContent('Walnut Desk Organizer');
    expect(within(notice).getByRole('link', { name: 'View cart' })).toHaveAttribute('href', '/cart');
    expect(within(notice).getByRole('link', { name: 'Check out' })).toHaveAttribute('href', '/checkout');
    expect(button).toHaveFocus();
    await waitFor(() => expect(notice).toHaveTextContent('1 item in your cart'));

    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Added to cart' })).not.toBeInTheDocument();
  });

  it('shows one message at a time on the product page: a bad quantity takes "Added to cart" away', async () => {
    const desk = product({ slug: 'desk', title: 'Walnut Desk Organizer', stock: 12 });
    mockGraphQL({
      ProductPage: () => ({ data: { product: desk } }),
      AddToCart: () => cartPayload('addToCart', cart([cartLine(desk, 1)])),
    });
    const { user } = renderApp('/products/desk');

    await user.click(await screen.findByRole('button', { name: 'Add to cart' }));
    expect(await screen.findByRole('region', { name: 'Added to cart' })).toBeInTheDocument();

    const quantity = screen.getByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '0');
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Enter a quantity from 1 to 99.');
    expect(screen.queryByRole('region', { name: 'Added to cart' })).not.toBeInTheDocument();
    expect(screen.queryByText('Added to cart')).not.toBeInTheDocument();
  });
});

describe('Moving between pages', () => {
  it('moves the focus to the new page’s heading and announces it', async () => {
    const desk = product({ slug: 'desk', title: 'Walnut Desk Organizer' });
    mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([desk]),
      ProductPage: () => ({ data: { product: desk } }),
    });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Walnut Desk Organizer' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Walnut Desk Organizer' });
    await waitFor(() => expect(heading).toHaveFocus());
    const announcer = screen
      .getAllByRole('status')
      .find((status) => status.textContent === 'Walnut Desk Organizer');
    expect(announcer).toBeDefined();
  });

  it('leaves the focus alone when only the filters in the address change', async () => {
    mockGraphQL({ CatalogCategories: () => categories, CatalogProducts: () => productPage([product()]) });
    const { user } = renderApp('/');

    const inStock = await screen.findByRole('checkbox', { name: 'In stock only' });
    await user.click(inStock);

    await waitFor(() => expect(inStock).toBeChecked());
    expect(inStock).toHaveFocus();
  });
});

describe('Cart lines', () => {
  it('shows an archived product’s line without a price or steppers, only Remove', async () => {
    const lamp = product({ title: 'Brass Lamp', price: { amount: '5.00', currencyCode: 'USD' } });
    const desk = product({ title: 'Walnut Desk Organizer', price: { amount: '10.00', currencyCode: 'USD' } });
    mockGraphQL({
      Cart: () => ({
        data: {
          cart: cart([
            cartLine(lamp, 2, {
              problem: { code: 'PRODUCT_UNAVAILABLE', message: 'Brass Lamp is no longer on sale.' },
            }),
            cartLine(desk, 1),
          ]),
        },
      }),
    });
    renderApp('/cart');

    const line = within(await screen.findByRole('listitem', { name: 'Brass Lamp' }));
    expect(line.getByText('Brass Lamp is no longer on sale.')).toBeInTheDocument();
    expect(line.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(line.queryByRole('button', { name: /quantity/ })).not.toBeInTheDocument();
    expect(line.queryByText(/\$/)).not.toBeInTheDocument();
    expect(line.getByRole('button', { name: 'Remove Brass Lamp from cart' })).toBeInTheDocument();
    // The subtotal counts only what can be bought, as the API says.
    const summary = within(screen.getByRole('region', { name: 'Summary' }));
    expect(summary.getByText('Subtotal').nextElementSibling).toHaveTextContent('$10.00');
  });

  it('puts the focus on the next line after Remove, and says what went', async () => {
    const lamp = product({ title: 'Brass Lamp' });
    const desk = product({ title: 'Walnut Desk Organizer' });
    let lines = [cartLine(lamp, 1), cartLine(desk, 1)];
    mockGraphQL({
      Cart: () => ({ data: { cart: cart(lines) } }),
      RemoveCartLine: ({ lineId }) => {
        lines = lines.filter((line) => line.id !== lineId);
        return cartPayload('removeCartLine', cart(lines));
      },
    });
    const { user } = renderApp('/cart');

    await user.click(await screen.findByRole('button', { name: 'Remove Brass Lamp from cart' }));

    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Brass Lamp' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Walnut Desk Organizer' })).toHaveFocus();
    expect(screen.getByText('Removed Brass Lamp from your cart.')).toBeInTheDocument();
  });

  it('keeps the focus on + while the change is sent', async () => {
    const desk = product({ title: 'Walnut Desk Organizer', stock: 5 });
    let quantity = 1;
    mockGraphQL({
      Cart: () => ({ data: { cart: cart([cartLine(desk, quantity)]) } }),
      UpdateCartLine: (variables) => {
        quantity = variables.quantity as number;
        return cartPayload('updateCartLine', cart([cartLine(desk, quantity)]));
      },
    });
    const { user } = renderApp('/cart');

    const plus = await screen.findByRole('button', { name: 'Increase quantity of Walnut Desk Organizer' });
    await user.click(plus);

    await waitFor(() => expect(screen.getByRole('spinbutton')).toHaveValue(2));
    expect(plus).toHaveFocus();
  });
});
