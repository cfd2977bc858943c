import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/graphql/generated';
import type { CheckoutQuery } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';

/** The cache key of what the checkout page shows; read again whenever the cart may have changed. */
export const CHECKOUT_QUERY_KEY = ['orders', 'checkout'] as const;

const CheckoutDocument = graphql(`
  query Checkout {
    me {
      id
      email
    }
    paymentMethods {
      code
      name
      instructions
    }
    cart {
      id
      lines {
        id
        buyableQuantity
        product {
          id
          slug
          title
        }
        unitPrice {
          amount
          currencyCode
        }
        lineTotal {
          amount
          currencyCode
        }
      }
      checkout {
        subtotal {
          amount
          currencyCode
        }
        shipping {
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
        freeShippingFrom {
          amount
          currencyCode
        }
      }
    }
  }
`);

export type Checkout = CheckoutQuery;
export type CheckoutCart = CheckoutQuery['cart'];

/**
 * What the checkout page needs in one request: who is signed in (a guest gives an email), the
 * ways to pay, and the cart with what the order would cost now. Always read afresh on opening.
 */
export function useCheckout() {
  return useQuery({
    queryKey: CHECKOUT_QUERY_KEY,
    queryFn: () => execute(CheckoutDocument),
    refetchOnMount: 'always',
  });
}
