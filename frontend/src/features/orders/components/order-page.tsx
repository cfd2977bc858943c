import { Link } from 'react-router';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { useOrder } from '../hooks/use-order';
import { formatDateTime } from '../utils/dates';
import { CancelOrderButton } from './cancel-order-button';
import { OrderDetails } from './order-details';
import { OrderStatusBadge } from './order-status-badge';
import styles from './order-page.module.css';

/**
 * An order at its own URL: the confirmation right after checkout, and the page the order
 * history links to. An order the session may not read looks exactly like one that doesn't exist.
 */
export function OrderPage({ number, placed = false }: { number: string; placed?: boolean }) {
  const order = useOrder(number);

  if (order.isPending) return <Spinner label="Loading the order" />;
  if (order.isError) {
    return (
      <ErrorMessage
        title="The order could not be loaded"
        error={order.error}
        onRetry={() => void order.refetch()}
      />
    );
  }
  if (!order.data) return <OrderNotFound />;

  const { data } = order;
  return (
    <article className={styles.page} aria-labelledby="order-title">
      <title>{`Order ${data.number} — Storefront`}</title>
      {placed && (
        <div className={styles.thanks} role="status">
          <p className={styles.thanksTitle}>Thank you! Your order is placed.</p>
          <p>A confirmation goes to {data.email}. Keep the order number to refer to it.</p>
        </div>
      )}
      <div className={styles.heading}>
        <h1 id="order-title">
          Order <span className={styles.orderNumber}>{data.number}</span>
        </h1>
        <OrderStatusBadge status={data.status} />
      </div>
      <p className={styles.muted}>Placed {formatDateTime(data.placedAt)}</p>
      <OrderDetails order={data} />
      {data.status === 'PLACED' && (
        <div className={styles.actions}>
          <CancelOrderButton number={data.number} />
        </div>
      )}
    </article>
  );
}

function OrderNotFound() {
  return (
    <section className={styles.notFound} aria-labelledby="order-not-found">
      <title>Order not found — Storefront</title>
      <h1 id="order-not-found">Order not found</h1>
      <p>
        There is no order with this number that you can see. Orders are shown to the account that placed them,
        or in the browser session a guest placed them in.
      </p>
      <Link to="/">Back to the shop</Link>
    </section>
  );
}
