import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import type { UserErrorEntry } from '@/lib/user-errors';
import { CART_QUERY_KEY, type CartRef, usePutCart } from './use-cart';

const AddToCartDocument = graphql(`
  mutation AddToCart($productId: ID!, $quantity: PositiveInt!) {
    addToCart(productId: $productId, quantity: $quantity) {
      cart {
        ...CartFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UpdateCartLineDocument = graphql(`
  mutation UpdateCartLine($lineId: ID!, $quantity: NonNegativeInt!) {
    updateCartLine(lineId: $lineId, quantity: $quantity) {
      cart {
        ...CartFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RemoveCartLineDocument = graphql(`
  mutation RemoveCartLine($lineId: ID!) {
    removeCartLine(lineId: $lineId) {
      cart {
        ...CartFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ClearCartDocument = graphql(`
  mutation ClearCart {
    clearCart {
      cart {
        ...CartFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** What every cart mutation answers: the cart after it, and what was refused or adjusted. */
export interface CartOutcome {
  cart: CartRef;
  userErrors: readonly UserErrorEntry[];
}

/**
 * A cart mutation whose returned cart goes straight into the cache (even with user errors: it may
 * have been adjusted). One that failed (no answer in time, a lost connection) may still have been
 * done on the server, so the cart is read again rather than shown as it was.
 */
function useCartMutation<TVariables>(send: (variables: TVariables) => Promise<CartOutcome>) {
  const putCart = usePutCart();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (outcome) => putCart(outcome.cart),
    onError: () => void queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY }),
  });
}

export function useAddToCart() {
  return useCartMutation(
    async (variables: { productId: string; quantity: number }) =>
      (await execute(AddToCartDocument, variables)).addToCart,
  );
}

/** Sets a line's quantity; 0 removes the line. */
export function useUpdateCartLine() {
  return useCartMutation(
    async (variables: { lineId: string; quantity: number }) =>
      (await execute(UpdateCartLineDocument, variables)).updateCartLine,
  );
}

export function useRemoveCartLine() {
  return useCartMutation(
    async (variables: { lineId: string }) =>
      (await execute(RemoveCartLineDocument, variables)).removeCartLine,
  );
}

export function useClearCart() {
  return useCartMutation(async () => (await execute(ClearCartDocument)).clearCart);
}
