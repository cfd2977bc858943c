import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { graphql } from '@/graphql/generated';
import type { PlaceOrderInput } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';
import { checkoutKey, forgetCheckoutKey } from '../utils/checkout-key';
import { placeOrderOutcome, type PlaceOrderOutcome } from '../utils/place-order-outcome';

const PlaceOrderDocument = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      order {
        number
      }
      replayed
      shortages {
        productId
        title
        requested
        available
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Places the order of the session's cart, at most once per checkout: every try sends the same
 * idempotency key (made once for the page), and a try while one is on its way is ignored, so
 * a double click or a retry after a lost answer can't place two orders. The key is forgotten
 * only once an order is placed; after PRICE_CHANGED or a stock shortage nothing was placed,
 * so the next try may carry it again.
 */
export function usePlaceOrder() {
  const [idempotencyKey] = useState(() => checkoutKey());
  // A ref, not the mutation's state: a second click can come before React renders the first.
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: (input: PlaceOrderInput) => execute(PlaceOrderDocument, { input }),
  });

  function place(
    input: Omit<PlaceOrderInput, 'idempotencyKey'>,
    onOutcome: (outcome: PlaceOrderOutcome) => void,
  ) {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(
      { ...input, idempotencyKey },
      {
        onSuccess: ({ placeOrder }) => {
          const outcome = placeOrderOutcome(placeOrder);
          if ('placed' in outcome) forgetCheckoutKey();
          onOutcome(outcome);
        },
        onSettled: () => {
          inFlight.current = false;
        },
      },
    );
  }

  return { place, pending: mutation.isPending, error: mutation.error, idempotencyKey };
}
