import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { ErrorMessage } from '@/components/error-message';
import type { CardProduct } from '@/components/product-card';
import { ProductGrid, ProductGridSkeleton } from '@/components/product-grid';
import { SortSelect } from '@/components/sort-select';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import { priceRangeProblem } from '@/lib/price-range';
import {
  type CatalogParams,
  hasActiveFilters,
  SORT_OPTIONS,
  toProductFilter,
  useCatalogParams,
  writeCatalogParams,
} from '../hooks/use-catalog-params';
import { CatalogFilters } from './catalog-filters';
import styles from './catalog-page.module.css';

export const PAGE_SIZE = 20;

const CatalogProductsQuery = graphql(`
  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {
    products(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...ProductCardFields
      }
    }
  }
`);

/** The category a landing page (`/category/:slug`) is about. */
export interface LandingCategory {
  slug: string;
  name: string;
  /** The category's own description; null when it has none (the page then shows none). */
  description: string | null;
}

export interface CatalogPageProps {
  /** Controls for each product card (e.g. "Add to cart"), composed in by the app. */
  renderCardActions?: (product: CardProduct) => ReactNode;
  /** A category's landing page: its heading, description and only its products. */
  category?: LandingCategory;
}

/** The catalog: filters, sort and a grid of products that loads more a page at a time. */
export function CatalogPage({ renderCardActions, category }: CatalogPageProps = {}) {
  const { params: addressParams, update: updateAddress, clearFilters: clearAddress } = useCatalogParams();
  const navigate = useNavigate();
  const params = useMemo<CatalogParams>(
    () => (category ? { ...addressParams, categories: [category.slug] } : addressParams),
    [addressParams, category],
  );
  // On a landing page the category is the page: choosing other categories (or clearing them)
  // goes on to the whole catalog with that choice.
  const update = useCallback(
    (patch: Partial<CatalogParams>) => {
      if (category && patch.categories) {
        void navigate({ pathname: '/', search: `${writeCatalogParams({ ...params, ...patch })}` });
      } else {
        updateAddress(patch);
      }
    },
    [category, navigate, params, updateAddress],
  );
  const clearFilters = useCallback(
    () => (category ? void navigate('/') : clearAddress()),
    [category, navigate, clearAddress],
  );
  const filter = useMemo(() => toProductFilter(params), [params]);
  // A range the wrong way round (typed into the address) is said here, not sent to be refused.
  const backwards = priceRangeProblem(params.minPrice, params.maxPrice) === 'order';

  // The filter and sort are part of the key: changing either starts again from the first page.
  // Meanwhile the previous results stay, dimmed, so the page doesn't collapse and jump back.
  const products = useInfiniteQuery({
    queryKey: ['catalog', 'products', { filter, sort: params.sort }],
    queryFn: ({ pageParam }) =>
      execute(CatalogProductsQuery, { filter, sort: params.sort, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.products.pageInfo.hasNextPage ? (last.products.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
    enabled: !backwards,
  });

  const items = useMemo(() => {
    const seen = new Set<string>();
    return (products.data?.pages ?? [])
      .flatMap((page) => page.products.nodes)
      .filter((node) => !seen.has(node.id) && Boolean(seen.add(node.id)));
  }, [products.data]);
  const totalCount = products.data?.pages.at(-1)?.products.totalCount ?? 0;
  const updating = products.isPlaceholderData;

  return (
    <div className={styles.page}>
      <div className={styles.intro}>
        <h1>{category ? category.name : 'Shop all products'}</h1>
        {category ? (
          category.description && <p>{category.description}</p>
        ) : (
          <p>Everything in the Storefront catalog, ready to ship.</p>
        )}
      </div>

      <CatalogFilters
        className={styles.filters}
        params={params}
        onChange={update}
        onClear={clearFilters}
        resultCount={products.isSuccess && !updating ? totalCount : undefined}
      />

      <section
        className={styles.results}
        aria-labelledby="results-heading"
        aria-busy={products.isFetching}
        data-updating={updating || undefined}
      >
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        <div className={styles.toolbar}>
          <p className={styles.count} aria-live="polite">
            {products.isSuccess && `Showing ${items.length} of ${totalCount} products`}
          </p>
          <SortSelect value={params.sort} options={SORT_OPTIONS} onChange={(sort) => update({ sort })} />
        </div>

        {backwards && (
          <div className={styles.empty} role="alert">
            <p>The min price is above the max price, so no product can match.</p>
            <Button variant="secondary" onClick={() => update({ minPrice: '', maxPrice: '' })}>
              Clear the price
            </Button>
          </div>
        )}

        {products.isPending && !backwards && <ProductGridSkeleton withActions={Boolean(renderCardActions)} />}

        {products.isError && !products.data && (
          <ErrorMessage
            title="Products could not be loaded"
            error={products.error}
            onRetry={() => void products.refetch()}
          />
        )}

        {products.isSuccess && !updating && items.length === 0 && (
          <div className={styles.empty}>
            <p>No products match these filters.</p>
            {hasActiveFilters(params) && (
              <Button variant="secondary" onClick={clearFilters}>
                Clear filters
              </Button>
            )}
          </div>
        )}

        {items.length > 0 && !backwards && (
          <ProductGrid products={items} renderCardActions={renderCardActions} />
        )}

        {products.isFetchNextPageError && (
          <ErrorMessage
            title="More products could not be loaded"
            error={products.error}
            onRetry={() => void products.fetchNextPage()}
          />
        )}

        {products.hasNextPage && !products.isFetchNextPageError && (
          <div className={styles.more}>
            <Button
              variant="secondary"
              onClick={() => void products.fetchNextPage()}
              disabled={products.isFetchingNextPage || updating}
            >
              {products.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
