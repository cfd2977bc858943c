/** A page of an order connection, as `myOrders` and `orders` answer. */
export interface OrderPage<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly T[];
}

/** The cursor of the page after `last`, or undefined at the end (TanStack Query's `getNextPageParam`). */
export function nextCursor(last: OrderPage<unknown>): string | undefined {
  return last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined;
}

/** The orders of every page read so far, each once (an order placed meanwhile shifts the pages). */
export function ordersOf<T extends { number: string }>(pages: readonly OrderPage<T>[] | undefined): T[] {
  const seen = new Set<string>();
  return (pages ?? [])
    .flatMap((page) => page.nodes)
    .filter((order) => !seen.has(order.number) && Boolean(seen.add(order.number)));
}
