import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import type { UserErrorEntry } from '@/lib/user-errors';
import type { OrderRef } from './use-order';

const CancelOrderDocument = graphql(`
  mutation CancelOrder($number: String!) {
    cancelOrder(number: $number) {
      order {
        ...OrderFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const MarkOrderPaidDocument = graphql(`
  mutation MarkOrderPaid($number: String!) {
    markOrderPaid(number: $number) {
      order {
        ...OrderFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const MarkOrderShippedDocument = graphql(`
  mutation MarkOrderShipped($number: String!) {
    markOrderShipped(number: $number) {
      order {
        ...OrderFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The status changes an order can be asked for. */
export type OrderTransition = 'cancel' | 'markPaid' | 'markShipped';

interface TransitionAnswer {
  order?: OrderRef | null;
  userErrors: readonly UserErrorEntry[];
}

const SEND: Record<OrderTransition, (number: string) => Promise<TransitionAnswer>> = {
  cancel: async (number) => (await execute(CancelOrderDocument, { number })).cancelOrder,
  markPaid: async (number) => (await execute(MarkOrderPaidDocument, { number })).markOrderPaid,
  markShipped: async (number) => (await execute(MarkOrderShippedDocument, { number })).markOrderShipped,
};

/**
 * Moves an order on in its life cycle. On success every cached query is read again: the order's
 * pages and lists show the new status, and a cancellation put stock back on the product pages.
 */
export function useOrderTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ transition, number }: { transition: OrderTransition; number: string }) =>
      SEND[transition](number),
    onSuccess: async (answer) => {
      if (answer.userErrors.length === 0) await queryClient.invalidateQueries();
    },
  });
}
