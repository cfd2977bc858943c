import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type FragmentType, graphql, useFragment as readFragment } from '@/graphql/generated';
import type { CartFieldsFragment, CartQuery } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';

/** The cache key of the session's cart: every cart mutation writes its answer here. */
export const CART_QUERY_KEY = ['cart'] as const;

/** Everything the SPA shows of a cart; the query and every cart mutation select it. */
export const CartFragment = graphql(`
  fragment CartFields on Cart {
    id
    totalQuantity
    subtotal {
      amount
      currencyCode
    }
    tax {
      amount
      currencyCode
    }
    total {
      amount
      currencyCode
    }
    lines {
      id
      quantity
      buyableQuantity
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
      problem {
        code
        message
      }
      product {
        id
        slug
        title
        imageUrl
        inStock
        stock
        price {
          amount
          currencyCode
        }
      }
    }
  }
`);

const CartDocument = graphql(`
  query Cart {
    cart {
      ...CartFields
    }
  }
`);

export type Cart = CartFieldsFragment;
export type CartLine = Cart['lines'][number];
export type CartRef = FragmentType<typeof CartFragment>;

/**
 * The session's cart (the signed-in customer's, on any device). `refetchOnMount: 'always'`
 * suits the cart page, which should show current stock problems whenever it opens.
 */
export function useCart({ refetchOnMount }: { refetchOnMount?: boolean | 'always' } = {}) {
  return useQuery({
    queryKey: CART_QUERY_KEY,
    queryFn: () => execute(CartDocument),
    // Not a hook: it only unmasks the fragment's type.
    select: (data): Cart => readFragment(CartFragment, data.cart),
    refetchOnMount,
  });
}

/**
 * Puts a cart the server sent (a mutation's answer, a live update) into the cache, so the header
 * badge and the cart page show it at once. A read of the cart still in flight is cancelled first:
 * it may predate the change.
 */
export async function putCart(queryClient: QueryClient, cart: CartRef) {
  await queryClient.cancelQueries({ queryKey: CART_QUERY_KEY });
  queryClient.setQueryData<CartQuery>(CART_QUERY_KEY, { cart });
}

/** `putCart` for the cart mutations. */
export function usePutCart() {
  const queryClient = useQueryClient();
  return useCallback((cart: CartRef) => putCart(queryClient, cart), [queryClient]);
}

/** Reads the cart again from the server, e.g. after signing in merged another cart into it. */
export function useRefreshCart() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY }), [queryClient]);
}
