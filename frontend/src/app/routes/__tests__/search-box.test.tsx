import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  categories,
  categorySuggestion,
  product,
  productPage,
  products,
  productSuggestion,
  searchPage,
  suggestions,
} from '@/testing/fixtures';
import { mockGraphQL, type OperationHandler } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

const headphones = product({ slug: 'wireless-headphones', title: 'Wireless Headphones' });
const earbuds = product({ slug: 'wired-earbuds', title: 'Wired Earbuds' });
const audio = { id: 'c1', slug: 'audio', name: 'Audio' };

/** The catalog at `/` answers, and `suggest` offers what `suggest` says. */
function shop(suggest: OperationHandler, more: Record<string, OperationHandler> = {}) {
  return mockGraphQL({
    CatalogCategories: () => categories,
    CatalogProducts: () => productPage(products(2)),
    SearchSuggestions: suggest,
    ...more,
  });
}

function searchBox() {
  return within(screen.getByRole('banner')).getByRole('combobox', { name: 'Search products' });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Search box in the header', () => {
  it('asks for suggestions once two characters are typed and the typing pauses', async () => {
    const api = shop(() => suggestions(productSuggestion(headphones), productSuggestion(earbuds)));
    const { user } = renderApp('/');

    await user.type(searchBox(), 'w');
    await pause(300);
    expect(api.variablesOf('SearchSuggestions')).toEqual([]);
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');

    await user.type(searchBox(), 'ir');

    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Wireless Headphones', 'Wired Earbuds']);
    expect(searchBox()).toHaveAttribute('aria-expanded', 'true');
    expect(searchBox()).toHaveAttribute('aria-controls', listbox.id);
    expect(searchBox()).not.toHaveAttribute('aria-activedescendant');
    // "wi" and "wir" came within the pause: one request, for what was typed by then.
    expect(api.variablesOf('SearchSuggestions')).toEqual([{ prefix: 'wir', limit: 6 }]);
    expect(screen.getByText('2 suggestions')).toBeInTheDocument();
  });

  it('moves through the options with the arrow keys and opens the product picked with Enter', async () => {
    shop(() => suggestions(productSuggestion(headphones), productSuggestion(earbuds)), {
      ProductPage: () => ({ data: { product: earbuds } }),
    });
    const { router, user } = renderApp('/');

    await user.type(searchBox(), 'wir');
    await screen.findByRole('listbox', { name: 'Suggestions' });

    await user.keyboard('{ArrowDown}');
    const first = screen.getByRole('option', { name: 'Wireless Headphones' });
    expect(searchBox()).toHaveAttribute('aria-activedescendant', first.id);
    expect(first).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    // Down past the last option wraps to the first; up from there goes back to the last.
    const second = screen.getByRole('option', { name: 'Wired Earbuds' });
    expect(searchBox()).toHaveAttribute('aria-activedescendant', second.id);
    expect(first).toHaveAttribute('aria-selected', 'false');

    await user.keyboard('{Enter}');

    expect(router.state.location.pathname).toBe('/products/wired-earbuds');
    expect(await screen.findByRole('heading', { level: 1, name: 'Wired Earbuds' })).toBeInTheDocument();
    expect(searchBox()).toHaveValue('');
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the catalog filtered by a category that is picked', async () => {
    const api = shop(() => suggestions(categorySuggestion(audio), productSuggestion(headphones)));
    const { router, user } = renderApp('/');

    await user.type(searchBox(), 'au');
    expect(await screen.findByRole('option', { name: 'Audio Category' })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');

    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.search).toBe('?category=audio');
    await waitFor(() =>
      expect(api.variablesOf('CatalogProducts').at(-1)).toMatchObject({
        filter: { categorySlugs: ['audio'] },
      }),
    );
  });

  it('opens a suggestion that is clicked', async () => {
    shop(() => suggestions(productSuggestion(headphones)), {
      ProductPage: () => ({ data: { product: headphones } }),
    });
    const { router, user } = renderApp('/');

    await user.type(searchBox(), 'wireless');
    await user.click(await screen.findByRole('option', { name: 'Wireless Headphones' }));

    expect(router.state.location.pathname).toBe('/products/wireless-headphones');
  });

  it('closes the list on Escape, and when the shopper clicks elsewhere', async () => {
    shop(() => suggestions(productSuggestion(headphones), productSuggestion(earbuds)));
    const { router, user } = renderApp('/');

    await user.type(searchBox(), 'wir');
    await screen.findByRole('listbox', { name: 'Suggestions' });
    await user.keyboard('{ArrowDown}{Escape}');

    expect(screen.queryByRole('listbox', { name: 'Suggestions' })).not.toBeInTheDocument();
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
    expect(searchBox()).not.toHaveAttribute('aria-activedescendant');
    expect(searchBox()).toHaveValue('wir');
    expect(router.state.location.pathname).toBe('/');

    // Arrow Down opens it again, on the first option.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: 'Wireless Headphones' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await user.click(screen.getByRole('heading', { level: 1, name: 'Shop all products' }));

    expect(screen.queryByRole('listbox', { name: 'Suggestions' })).not.toBeInTheDocument();
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('searches for the text on Enter when no option is active, and shows it on the results page', async () => {
    const api = shop(() => suggestions(productSuggestion(headphones)), {
      SearchProducts: () => searchPage([headphones]),
    });
    const { router, user } = renderApp('/');

    await user.type(searchBox(), 'wireless  headphones ');
    await screen.findByRole('listbox', { name: 'Suggestions' });
    await user.keyboard('{Enter}');

    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('wireless  headphones');
    expect(
      await screen.findByRole('heading', { level: 1, name: '1 result for “wireless headphones”' }),
    ).toBeInTheDocument();
    expect(api.variablesOf('SearchProducts')[0]).toMatchObject({ query: 'wireless  headphones' });
    expect(searchBox()).toHaveValue('wireless  headphones');
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('searches with the button, and not for nothing', async () => {
    const api = shop(() => suggestions(), { SearchProducts: () => searchPage([headphones]) });
    const { router, user } = renderApp('/');
    const button = within(screen.getByRole('search', { name: 'Shop' })).getByRole('button', {
      name: 'Search',
    });

    await user.click(button);
    expect(router.state.location.pathname).toBe('/');
    expect(searchBox()).toHaveFocus();

    await user.type(searchBox(), 'lamp');
    await user.click(button);

    expect(router.state.location.search).toBe('?q=lamp');
    await waitFor(() => expect(api.variablesOf('SearchProducts')).toHaveLength(1));
  });
});
