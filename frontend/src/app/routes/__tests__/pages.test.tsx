import { render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { categories, product, productPage } from '@/testing/fixtures';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

function description() {
  return document.head.querySelector('meta[name="description"]')?.getAttribute('content');
}

const audio = {
  id: 'c1',
  slug: 'audio',
  name: 'Audio',
  description: 'Headphones, earbuds and speakers for music at home and on the move.',
  productCount: 12,
};

describe('Category landing page', () => {
  it('has its heading, description, title and only its products', async () => {
    const api = mockGraphQL({
      CategoryPage: () => ({ data: { category: audio } }),
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([product({ title: 'Aria Headphones' })], { totalCount: 1 }),
    });
    renderApp('/category/audio');

    expect(await screen.findByRole('heading', { level: 1, name: 'Audio' })).toBeInTheDocument();
    expect(screen.getByText(audio.description)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Aria Headphones' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Audio — Storefront'));
    expect(description()).toBe(audio.description);
    expect(api.variablesOf('CatalogProducts')[0]).toMatchObject({ filter: { categorySlugs: ['audio'] } });
  });

  it('makes up no description for a category that has none', async () => {
    mockGraphQL({
      CategoryPage: () => ({ data: { category: { ...audio, description: null } } }),
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([product({ title: 'Aria Headphones' })], { totalCount: 1 }),
    });
    renderApp('/category/audio');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Audio' });
    // The heading stands alone in the page's introduction: no paragraph under it.
    expect(heading.parentElement?.querySelector('p')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Audio — Storefront'));
    expect(description()).toBe('Browse Audio at Storefront.');
  });

  it('goes on to the whole catalog when the shopper picks another category', async () => {
    mockGraphQL({
      CategoryPage: () => ({ data: { category: audio } }),
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([product()]),
    });
    const { router, user } = renderApp('/category/audio');

    await user.click(await screen.findByRole('checkbox', { name: /^Kitchen/ }));

    expect(router.state.location.pathname).toBe('/');
    expect(new URLSearchParams(router.state.location.search).getAll('category')).toEqual([
      'audio',
      'kitchen',
    ]);
  });

  it('says so for an unknown category', async () => {
    mockGraphQL({ CategoryPage: () => ({ data: { category: null } }) });
    renderApp('/category/no-such-thing');

    expect(await screen.findByRole('heading', { name: 'Category not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Category not found — Storefront'));
  });
});

describe('Page titles and descriptions', () => {
  it('gives a product page the product title and its description, cut to a snippet', async () => {
    const long = `A tidy desk. ${'Made of solid walnut, oiled by hand. '.repeat(10)}`;
    mockGraphQL({
      ProductPage: () => ({
        data: { product: { ...product({ title: 'Walnut Desk' }), description: long, tags: [] } },
      }),
    });
    renderApp('/products/walnut-desk');

    expect(await screen.findByRole('heading', { level: 1, name: 'Walnut Desk' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Walnut Desk — Storefront'));
    expect(description()).toMatch(/^A tidy desk\. Made of solid walnut/);
    expect(description()!.length).toBeLessThanOrEqual(160);
    expect(description()).toMatch(/…$/);
    expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
  });

  it('gives the front page back the shop description after a product page', async () => {
    mockGraphQL({
      ProductPage: () => ({ data: { product: { ...product({ title: 'Walnut Desk' }), tags: [] } } }),
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([product()]),
    });
    const { router } = renderApp('/products/walnut-desk');
    await screen.findByRole('heading', { level: 1, name: 'Walnut Desk' });

    await router.navigate('/');

    await waitFor(() => expect(document.title).toBe('Storefront — Shop all products'));
    expect(description()).toMatch(/^Shop the whole Storefront catalog/);
  });
});

describe('Product images', () => {
  it('loads the first row at once and first, the rest lazily, each with its size', async () => {
    mockGraphQL({
      CatalogCategories: () => categories,
      CatalogProducts: () =>
        productPage(Array.from({ length: 6 }, (_, i) => product({ imageUrl: `/images/products/p${i}.svg` }))),
    });
    const { container } = renderApp('/');

    await screen.findAllByRole('listitem');
    const images = [...container.querySelectorAll('ul[aria-label="Products"] img')];
    expect(images).toHaveLength(6);
    expect(images.map((img) => img.getAttribute('loading'))).toEqual([
      'eager',
      'eager',
      'eager',
      'eager',
      'lazy',
      'lazy',
    ]);
    expect(images.map((img) => img.getAttribute('fetchpriority'))).toEqual([
      'high',
      'high',
      'high',
      'high',
      'auto',
      'auto',
    ]);
    for (const img of images) {
      expect(img).toHaveAttribute('width');
      expect(img).toHaveAttribute('height');
    }
  });
});

describe('Lazy routes', () => {
  it('loads a route chunk on the way and then shows its page', async () => {
    mockGraphQL({
      CategoryPage: () => ({ data: { category: audio } }),
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage([product()]),
    });
    const router = createMemoryRouter(routes, { initialEntries: ['/category/audio'] });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>,
    );

    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: 'Audio' })).toBeInTheDocument();
  });
});
