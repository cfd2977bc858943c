import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { AdminError } from '@/components/admin-error';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { Spinner } from '@/components/spinner';
import { graphql, useFragment as readFragment } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import { OrderFragment, type OrderStatus } from '../hooks/use-order';
import { type OrderTransition, useOrderTransition } from '../hooks/use-order-transition';
import { formatDate, formatDateTime } from '../utils/dates';
import { CancelOrderButton } from './cancel-order-button';
import { OrderDetails } from './order-details';
import { OrderStatusBadge } from './order-status-badge';
import styles from './admin-orders.module.css';
import pageStyles from './order-page.module.css';

const AdminOrderDocument = graphql(`
  query AdminOrder($number: String!) {
    order(number: $number) {
      ...OrderFields
      customer {
        id
        name
        email
        createdAt
      }
    }
  }
`);

/** The steps forward an admin may take from each status (`OrderStatus`); cancelling has its own button. */
const NEXT: Record<OrderStatus, { transition: OrderTransition; label: string } | undefined> = {
  PLACED: { transition: 'markPaid', label: 'Mark paid' },
  PAID: { transition: 'markShipped', label: 'Mark shipped' },
  SHIPPED: undefined,
  CANCELLED: undefined,
};

const CANCELLABLE: ReadonlySet<OrderStatus> = new Set(['PLACED', 'PAID']);

/** One order for an admin: who placed it, what it holds, and the buttons that move it on. */
export function AdminOrderPage({ number }: { number: string }) {
  const query = useQuery({
    queryKey: ['orders', 'admin', 'order', number],
    queryFn: () => execute(AdminOrderDocument, { number }),
  });
  const transition = useOrderTransition();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState('');

  if (query.isPending) return <Spinner label="Loading the order" />;
  if (query.isError) {
    return (
      <AdminError
        title="The order could not be loaded"
        error={query.error}
        task="manage orders"
        onRetry={() => void query.refetch()}
      />
    );
  }
  const answer = query.data.order;
  if (!answer) {
    return (
      <section className={pageStyles.notFound} aria-labelledby="admin-order-not-found">
        <h1 id="admin-order-not-found">Order not found</h1>
        <p>There is no order with the number {number}.</p>
        <Link to="/admin/orders">All orders</Link>
      </section>
    );
  }
  const order = readFragment(OrderFragment, answer);
  const customer = answer.customer;
  const next = NEXT[order.status];

  function move(step: OrderTransition, label: string) {
    setProblems([]);
    setDone('');
    transition.mutate(
      { transition: step, number: order.number },
      {
        onSuccess: ({ userErrors }) => {
          if (userErrors.length > 0) {
            setProblems(userErrors.map((error) => error.message));
            // E.g. ILLEGAL_TRANSITION: someone else moved the order on meanwhile; show where it stands.
            void query.refetch();
          } else {
            setDone(`${label}: done.`);
          }
        },
      },
    );
  }

  return (
    <article className={pageStyles.page} aria-labelledby="admin-order-title">
      <title>{`Order ${order.number} — Storefront admin`}</title>
      <p className={pageStyles.muted}>
        <Link to="/admin/orders">← All orders</Link>
      </p>
      <div className={styles.heading}>
        <h1 id="admin-order-title">
          Order <span className={pageStyles.orderNumber}>{order.number}</span>
        </h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className={pageStyles.muted}>
        Placed {formatDateTime(order.placedAt)} · last changed {formatDateTime(order.updatedAt)}
      </p>

      <section className={styles.customer} aria-labelledby="admin-order-customer">
        <h2 id="admin-order-customer" className={pageStyles.cardTitle}>
          Customer
        </h2>
        {customer ? (
          <p>
            {customer.name} ({customer.email}), customer since {formatDate(customer.createdAt)}
          </p>
        ) : (
          <p>A guest, who gave {order.email}</p>
        )}
      </section>

      {transition.isError ? (
        <AdminError title="The order could not be changed" error={transition.error} task="manage orders" />
      ) : (
        <FormAlert messages={problems} />
      )}
      {done && (
        <p role="status" className={styles.done}>
          {done}
        </p>
      )}
      {(next || CANCELLABLE.has(order.status)) && (
        <div className={styles.actions}>
          {next && (
            <Button onClick={() => move(next.transition, next.label)} disabled={transition.isPending}>
              {next.label}
            </Button>
          )}
          {CANCELLABLE.has(order.status) && <CancelOrderButton number={order.number} />}
        </div>
      )}

      <OrderDetails order={order} />
    </article>
  );
}
