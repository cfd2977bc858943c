import type { ProductFixture } from './fixtures';

function usd(amount: string) {
  return { amount, currencyCode: 'USD' };
}

export const BANK_TRANSFER = {
  code: 'bank-transfer',
  name: 'Bank transfer',
  instructions: 'Transfer the total to IBAN DE00 0000 0000 0000 0000 00, quoting the order number.',
};

export interface CheckoutAmounts {
  subtotal: string;
  shipping: string;
  tax: string;
  total: string;
  freeShippingFrom?: string | null;
}

/** A `Checkout` answer: who is signed in, the ways to pay, and the cart with what it would cost. */
export function checkoutAnswer(
  lines: { of: ProductFixture; quantity: number; lineTotal: string; buyableQuantity?: number }[],
  amounts: CheckoutAmounts,
  signedIn: { id: string; email: string } | null = null,
) {
  return {
    data: {
      me: signedIn,
      paymentMethods: [BANK_TRANSFER],
      cart: {
        id: lines.length > 0 ? 'cart-1' : null,
        lines: lines.map(({ of, quantity, lineTotal, buyableQuantity }) => ({
          id: `line-${of.id}`,
          buyableQuantity: buyableQuantity ?? quantity,
          product: { id: of.id, slug: of.slug, title: of.title },
          unitPrice: of.price,
          lineTotal: usd(lineTotal),
        })),
        checkout: {
          subtotal: usd(amounts.subtotal),
          shipping: usd(amounts.shipping),
          tax: usd(amounts.tax),
          total: usd(amounts.total),
          freeShippingFrom:
            amounts.freeShippingFrom === null ? null : usd(amounts.freeShippingFrom ?? '100.00'),
        },
      },
    },
  };
}

/** A `placeOrder` answer. */
export function placeOrderAnswer({
  number = null,
  replayed = false,
  shortages = [],
  userErrors = [],
}: {
  number?: string | null;
  replayed?: boolean;
  shortages?: { productId: string; title: string; requested: number; available: number }[];
  userErrors?: { code: string; field?: string[] | null; message: string }[];
}) {
  return {
    data: {
      placeOrder: {
        order: number ? { number } : null,
        replayed,
        shortages,
        userErrors: userErrors.map((error) => ({ field: null, ...error })),
      },
    },
  };
}

export type OrderStatusFixture = 'PLACED' | 'PAID' | 'SHIPPED' | 'CANCELLED';

/** An order as `OrderFields` selects it. */
export function orderFixture(
  overrides: Partial<{ number: string; status: OrderStatusFixture; email: string; placedAt: string }> = {},
) {
  return {
    number: 'SF-7K3M-9QXP-2HDT',
    status: 'PLACED' as OrderStatusFixture,
    email: 'guest@example.com',
    placedAt: '2026-11-21T08:15:30.123Z',
    updatedAt: '2026-11-21T08:15:30.123Z',
    shippingAddress: {
      name: 'Ada Lovelace',
      line1: '12 St James Square',
      line2: null,
      city: 'London',
      postalCode: 'SW1Y 4JH',
      region: null,
      countryCode: 'GB',
    },
    lines: [
      {
        productId: '42',
        title: 'Walnut Desk Organizer',
        slug: 'walnut-desk-organizer',
        quantity: 2,
        unitPrice: usd('49.90'),
        lineTotal: usd('99.80'),
      },
    ],
    subtotal: usd('99.80'),
    shipping: usd('4.90'),
    tax: usd('19.96'),
    total: usd('124.66'),
    paymentMethod: BANK_TRANSFER,
    ...overrides,
  };
}

/** A page of an order connection (`myOrders` or `orders`). */
export function orderPage(
  nodes: ReturnType<typeof orderFixture>[],
  { totalCount = nodes.length, hasNextPage = false }: { totalCount?: number; hasNextPage?: boolean } = {},
) {
  return {
    totalCount,
    pageInfo: { hasNextPage, endCursor: nodes.length ? `cursor-${nodes.at(-1)!.number}` : null },
    nodes,
  };
}
