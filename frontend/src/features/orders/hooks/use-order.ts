import { useQuery } from '@tanstack/react-query';
import { type FragmentType, graphql, useFragment as readFragment } from '@/graphql/generated';
import type { OrderFieldsFragment } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';

/** Everything an order's page shows, for the shopper and the admin alike. */
export const OrderFragment = graphql(`
  fragment OrderFields on Order {
    number
    status
    email
    placedAt
    updatedAt
    shippingAddress {
      name
      line1
      line2
      city
      postalCode
      region
      countryCode
    }
    lines {
      productId
      title
      slug
      quantity
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
    }
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
    paymentMethod {
      code
      name
      instructions
    }
  }
`);

const OrderDocument = graphql(`
  query Order($number: String!) {
    order(number: $number) {
      ...OrderFields
    }
  }
`);

export type Order = OrderFieldsFragment;
export type OrderRef = FragmentType<typeof OrderFragment>;
export type OrderStatus = Order['status'];

/** The cache key of one order, as the shopper reads it. */
export function orderQueryKey(number: string) {
  return ['orders', 'order', number] as const;
}

/** One order by its number: `data` is null when there is none the session may read. */
export function useOrder(number: string) {
  return useQuery({
    queryKey: orderQueryKey(number),
    queryFn: () => execute(OrderDocument, { number }),
    select: (data): Order | null => (data.order ? readFragment(OrderFragment, data.order) : null),
  });
}
