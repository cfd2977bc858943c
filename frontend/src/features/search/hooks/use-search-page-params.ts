import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ProductFilter, ProductSort } from '@/graphql/generated/graphql';
import { isPriceInput } from '@/lib/money';

/** A search and its refinements, as kept in the page address so reloads and links restore them. */
export interface SearchPageParams {
  /** What the shopper searched for, trimmed; empty when nothing was. */
  q: string;
  categories: string[];
  minPrice: string;
  maxPrice: string;
  inStock: boolean;
  sort: ProductSort;
}

export const SEARCH_SORT_OPTIONS: ReadonlyArray<{ value: ProductSort; label: string }> = [
  { value: 'RELEVANCE', label: 'Relevance' },
  { value: 'NEWEST', label: 'Newest' },
  { value: 'PRICE_ASC', label: 'Price: low to high' },
  { value: 'PRICE_DESC', label: 'Price: high to low' },
  { value: 'TITLE_ASC', label: 'Title: A–Z' },
];

const DEFAULT_SORT: ProductSort = 'RELEVANCE';

/** The query-string keys the search page owns; any others in the address are left alone. */
const KEYS = ['q', 'category', 'minPrice', 'maxPrice', 'inStock', 'sort'] as const;

/** The address of the results for `text`, with no refinements. */
export function searchPath(text: string): string {
  return `/search?${new URLSearchParams({ q: text.trim() })}`;
}

function isSort(value: string | null): value is ProductSort {
  return SEARCH_SORT_OPTIONS.some((option) => option.value === value);
}

function price(value: string | null): string {
  return value !== null && isPriceInput(value) ? value.trim() : '';
}

export function parseSearchPageParams(search: URLSearchParams): SearchPageParams {
  const sort = search.get('sort');
  const inStock = search.get('inStock');
  return {
    q: search.get('q')?.trim() ?? '',
    categories: [...new Set(search.getAll('category').filter(Boolean))],
    minPrice: price(search.get('minPrice')),
    maxPrice: price(search.get('maxPrice')),
    inStock: inStock === '1' || inStock === 'true',
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/** Writes the params into a copy of `base`, in a stable order, omitting defaults. */
export function writeSearchPageParams(
  params: SearchPageParams,
  base = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(base);
  KEYS.forEach((key) => next.delete(key));
  if (params.q) next.set('q', params.q);
  params.categories.forEach((slug) => next.append('category', slug));
  if (params.minPrice) next.set('minPrice', params.minPrice);
  if (params.maxPrice) next.set('maxPrice', params.maxPrice);
  if (params.inStock) next.set('inStock', '1');
  if (params.sort !== DEFAULT_SORT) next.set('sort', params.sort);
  return next;
}

/** The API filter for the refinements; only the conditions that are set (the text goes separately). */
export function toSearchFilter(params: SearchPageParams): ProductFilter {
  const filter: ProductFilter = {};
  if (params.categories.length) filter.categorySlugs = params.categories;
  if (params.minPrice) filter.minPrice = params.minPrice;
  if (params.maxPrice) filter.maxPrice = params.maxPrice;
  if (params.inStock) filter.inStock = true;
  return filter;
}

/** How many refinements are set (each category counts; a price range counts once). */
export function activeFilterCount(params: SearchPageParams): number {
  return (
    params.categories.length +
    Number(params.minPrice !== '' || params.maxPrice !== '') +
    Number(params.inStock)
  );
}

/** Reads and changes the search in the address; each change is a history entry. */
export function useSearchPageParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseSearchPageParams(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<SearchPageParams>) => {
      setSearchParams(
        (current) => writeSearchPageParams({ ...parseSearchPageParams(current), ...patch }, current),
        { preventScrollReset: true },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => {
    update({ categories: [], minPrice: '', maxPrice: '', inStock: false });
  }, [update]);

  return { params, update, clearFilters };
}
