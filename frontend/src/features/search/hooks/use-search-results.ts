import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import { type SearchPageParams, toSearchFilter } from './use-search-page-params';

export const PAGE_SIZE = 20;

const SearchProductsQuery = graphql(`
  query SearchProducts(
    $query: String!
    $filter: ProductFilter
    $sort: ProductSort
    $first: Int
    $after: String
    $withFacets: Boolean!
  ) {
    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      didYouMean @include(if: $withFacets)
      facets @include(if: $withFacets) {
        categories {
          category {
            id
            slug
            name
          }
          count
        }
        priceRanges {
          min
          max
          count
        }
        inStock
      }
      products {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          price {
            currencyCode
          }
          ...ProductCardFields
        }
      }
    }
  }
`);

/**
 * The search's results a page at a time, with the facets and "did you mean" of the first page.
 * Each page is asked for with the text, the refinements and the sort of `params`; nothing is
 * asked while `enabled` is false.
 */
export function useSearchResults(params: SearchPageParams, { enabled = true }: { enabled?: boolean } = {}) {
  const { q: query, sort } = params;
  const filter = useMemo(() => toSearchFilter(params), [params]);

  // Facets and "did you mean" come with the first page only; "Load more" asks for products alone.
  // While a refinement or another sort loads, the results and facets stay, so nothing jumps;
  // a new text starts afresh.
  const search = useInfiniteQuery({
    queryKey: ['search', 'results', { query, filter, sort }] as const,
    queryFn: ({ pageParam }) =>
      execute(SearchProductsQuery, {
        query,
        filter,
        sort,
        first: PAGE_SIZE,
        after: pageParam,
        withFacets: pageParam === null,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.search.products.pageInfo.hasNextPage
        ? (last.search.products.pageInfo.endCursor ?? undefined)
        : undefined,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].query === query ? previous : undefined,
    enabled,
  });

  const pages = search.data?.pages;
  const items = useMemo(() => {
    const seen = new Set<string>();
    return (pages ?? [])
      .flatMap((page) => page.search.products.nodes)
      .filter((node) => !seen.has(node.id) && Boolean(seen.add(node.id)));
  }, [pages]);
  const first = pages?.[0]?.search;
  const totalCount = pages?.at(-1)?.search.products.totalCount ?? 0;
  return { search, items, first, totalCount };
}
