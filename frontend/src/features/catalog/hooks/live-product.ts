import type { QueryClient } from '@tanstack/react-query';
import { graphql } from '@/graphql/generated';
import type { ProductChangedSubscription, ProductPageQuery } from '@/graphql/generated/graphql';
import { subscribe } from '@/lib/graphql-stream';
import { follow } from '@/lib/live-stream';

// Loaded on demand by useLiveProduct (its own chunk, outside the first page's bundle).

const ProductChangedDocument = graphql(`
  subscription ProductChanged($ids: [ID!]!) {
    productChanged(ids: $ids) {
      id
      active
      stock
      inStock
      price {
        amount
        currencyCode
      }
    }
  }
`);

type Pushed = ProductChangedSubscription['productChanged'];
type Shown = NonNullable<ProductPageQuery['product']>;

/**
 * What the page shows after a product was pushed. A product taken off sale comes to shoppers as
 * `active: false` with nothing else of it (an empty title, a zero price): check `active` first and
 * keep what was shown, marked unavailable and out of stock.
 */
export function withPushed(shown: Shown, pushed: Pushed): Shown {
  if (!pushed.active) return { ...shown, active: false, stock: 0, inStock: false };
  return { ...shown, active: true, stock: pushed.stock, inStock: pushed.inStock, price: pushed.price };
}

/**
 * Follows one product live and merges what it is sent into the product page's cached query
 * (`queryKey`), so the page's price, stock and "Add to cart" follow. Returns what stops it.
 */
export function followProduct(
  queryClient: QueryClient,
  queryKey: readonly unknown[],
  productId: string,
): () => void {
  const following = follow<ProductChangedSubscription>({
    open: (observer) => subscribe(ProductChangedDocument, { ids: [productId] }, observer),
    onData: ({ productChanged: pushed }) => {
      queryClient.setQueryData<ProductPageQuery>(queryKey, (page) =>
        page?.product?.id === pushed.id ? { ...page, product: withPushed(page.product, pushed) } : page,
      );
    },
  });
  return following.close;
}
