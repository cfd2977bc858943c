import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';

/** A page of an order connection, as `myOrders` and `orders` answer. */
export interface OrderPage<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly T[];
}

/** The cursor of the page after `last`, or undefined at the end. */
function nextCursor(last: OrderPage<unknown>): string | undefined {
  return last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined;
}

/** The orders of every page read so far, each once (an order placed meanwhile shifts the pages). */
function ordersOf<T extends { number: string }>(pages: readonly OrderPage<T>[] | undefined): T[] {
  const seen = new Set<string>();
  return (pages ?? [])
    .flatMap((page) => page.nodes)
    .filter((order) => !seen.has(order.number) && Boolean(seen.add(order.number)));
}

/**
 * A list of orders read page by page with cursors ("Load more"), always afresh when it opens:
 * the infinite query, the orders of every page read, and how many the list holds in all.
 */
export function useOrderPages<T extends { number: string }>(
  queryKey: QueryKey,
  readPage: (after: string | null) => Promise<OrderPage<T>>,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => readPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursor,
    staleTime: 0,
  });
  return {
    query,
    items: ordersOf(query.data?.pages),
    totalCount: query.data?.pages.at(-1)?.totalCount ?? 0,
  };
}
