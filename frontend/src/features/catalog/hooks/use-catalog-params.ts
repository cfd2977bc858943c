import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ProductFilter, ProductSort } from '@/graphql/generated/graphql';
import { isPriceInput } from '@/lib/money';

/** The catalog's filter and sort, as kept in the page address so reloads and links restore them. */
export interface CatalogParams {
  categories: string[];
  minPrice: string;
  maxPrice: string;
  inStock: boolean;
  featured: boolean;
  sort: ProductSort;
}

export const SORT_OPTIONS: ReadonlyArray<{ value: ProductSort; label: string }> = [
  { value: 'NEWEST', label: 'Newest' },
  { value: 'PRICE_ASC', label: 'Price: low to high' },
  { value: 'PRICE_DESC', label: 'Price: high to low' },
  { value: 'TITLE_ASC', label: 'Title: A–Z' },
];

const DEFAULT_SORT: ProductSort = 'NEWEST';

/** The query-string keys this page owns; any others in the address are left alone. */
const KEYS = ['category', 'minPrice', 'maxPrice', 'inStock', 'featured', 'sort'] as const;

function isSort(value: string | null): value is ProductSort {
  return SORT_OPTIONS.some((option) => option.value === value);
}

function flag(value: string | null): boolean {
  return value === '1' || value === 'true';
}

function price(value: string | null): string {
  return value !== null && isPriceInput(value) ? value.trim() : '';
}

export function parseCatalogParams(search: URLSearchParams): CatalogParams {
  const sort = search.get('sort');
  return {
    categories: [...new Set(search.getAll('category').filter(Boolean))],
    minPrice: price(search.get('minPrice')),
    maxPrice: price(search.get('maxPrice')),
    inStock: flag(search.get('inStock')),
    featured: flag(search.get('featured')),
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/** Writes the params into a copy of `base`, in a stable order, omitting defaults. */
export function writeCatalogParams(params: CatalogParams, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  KEYS.forEach((key) => next.delete(key));
  params.categories.forEach((slug) => next.append('category', slug));
  if (params.minPrice) next.set('minPrice', params.minPrice);
  if (params.maxPrice) next.set('maxPrice', params.maxPrice);
  if (params.inStock) next.set('inStock', '1');
  if (params.featured) next.set('featured', '1');
  if (params.sort !== DEFAULT_SORT) next.set('sort', params.sort);
  return next;
}

/** The API filter for the params; only the conditions that are set. */
export function toProductFilter(params: CatalogParams): ProductFilter {
  const filter: ProductFilter = {};
  if (params.categories.length) filter.categorySlugs = params.categories;
  if (params.minPrice) filter.minPrice = params.minPrice;
  if (params.maxPrice) filter.maxPrice = params.maxPrice;
  if (params.inStock) filter.inStock = true;
  if (params.featured) filter.featured = true;
  return filter;
}

/** How many filter conditions are set (each category counts). */
export function activeFilterCount(params: CatalogParams): number {
  return (
    params.categories.length +
    Number(params.minPrice !== '') +
    Number(params.maxPrice !== '') +
    Number(params.inStock) +
    Number(params.featured)
  );
}

export function hasActiveFilters(params: CatalogParams): boolean {
  return activeFilterCount(params) > 0;
}

/** Reads and changes the catalog params in the address; each change is a history entry. */
export function useCatalogParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseCatalogParams(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<CatalogParams>) => {
      setSearchParams(
        (current) => writeCatalogParams({ ...parseCatalogParams(current), ...patch }, current),
        { preventScrollReset: true },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => {
    update({ categories: [], minPrice: '', maxPrice: '', inStock: false, featured: false });
  }, [update]);

  return { params, update, clearFilters };
}
