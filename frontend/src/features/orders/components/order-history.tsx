import { Link } from 'react-router';
import { ErrorMessage } from '@/components/error-message';
import { LoadMore } from '@/components/load-more';
import { Price } from '@/components/price';
import { Spinner } from '@/components/spinner';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import { useOrderPages } from '../hooks/order-pages';
import { formatDateTime } from '../utils/dates';
import { OrderStatusBadge } from './order-status-badge';
import styles from './order-history.module.css';

export const HISTORY_PAGE_SIZE = 10;

const MyOrdersDocument = graphql(`
  query MyOrders($first: Int, $after: String) {
    myOrders(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        number
        status
        placedAt
        total {
          amount
          currencyCode
        }
        lines {
          productId
          title
          quantity
        }
      }
    }
  }
`);

/** The signed-in customer's orders, newest first, each linking to its page. */
export function OrderHistory() {
  const {
    query: orders,
    items,
    totalCount,
  } = useOrderPages(
    ['orders', 'mine'],
    async (after) => (await execute(MyOrdersDocument, { first: HISTORY_PAGE_SIZE, after })).myOrders,
  );

  return (
    <section className={styles.page} aria-labelledby="order-history-title">
      <h1 id="order-history-title">Your orders</h1>
      {orders.isPending && <Spinner label="Loading your orders" />}
      {orders.isError && !orders.data && (
        <ErrorMessage
          title="Your orders could not be loaded"
          error={orders.error}
          onRetry={() => void orders.refetch()}
        />
      )}
      {orders.isSuccess && items.length === 0 && (
        <div className={styles.empty}>
          <p>You haven&apos;t ordered anything yet.</p>
          <Link to="/">Start shopping</Link>
        </div>
      )}
      {items.length > 0 && (
        <>
          <p className={styles.count} aria-live="polite">
            Showing {items.length} of {totalCount} {totalCount === 1 ? 'order' : 'orders'}
          </p>
          <ul className={styles.list} aria-label="Orders">
            {items.map((order) => {
              const count = order.lines.reduce((sum, line) => sum + line.quantity, 0);
              return (
                <li key={order.number} className={styles.order} aria-label={`Order ${order.number}`}>
                  <div className={styles.summary}>
                    <Link to={`/orders/${encodeURIComponent(order.number)}`} className={styles.number}>
                      {order.number}
                    </Link>
                    <span className={styles.muted}>{formatDateTime(order.placedAt)}</span>
                  </div>
                  <p className={styles.items}>
                    {order.lines.map((line) => `${line.title} × ${line.quantity}`).join(', ')}
                  </p>
                  <div className={styles.meta}>
                    <OrderStatusBadge status={order.status} />
                    <span className={styles.muted}>
                      {count} {count === 1 ? 'item' : 'items'}
                    </span>
                    <Price price={order.total} className={styles.total} />
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <LoadMore query={orders} failure="More orders could not be loaded" />
    </section>
  );
}
