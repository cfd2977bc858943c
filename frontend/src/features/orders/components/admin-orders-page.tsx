import { type FormEvent, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AdminError } from '@/components/admin-error';
import { Button } from '@/components/button';
import { LoadMore } from '@/components/load-more';
import { Price } from '@/components/price';
import { Spinner } from '@/components/spinner';
import { graphql } from '@/graphql/generated';
import type { OrderFilter } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';
import { useOrderPages } from '../hooks/order-pages';
import { formatDateTime } from '../utils/dates';
import { ORDER_STATUSES, orderFilterOf, orderFilterParams, statusLabel } from '../utils/order-status';
import { OrderStatusBadge } from './order-status-badge';
import table from '@/components/data-table.module.css';
import styles from './admin-orders.module.css';

export const ADMIN_ORDERS_PAGE_SIZE = 50;

const AdminOrdersDocument = graphql(`
  query AdminOrders($filter: OrderFilter, $first: Int, $after: String) {
    orders(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        number
        status
        email
        placedAt
        total {
          amount
          currencyCode
        }
        customer {
          id
          name
        }
      }
    }
  }
`);

/** Every order, newest first, filtered by status, email or number, each linking to its page. */
export function AdminOrdersPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => orderFilterOf(searchParams), [searchParams]);
  const filtered = Object.keys(filter).length > 0;

  const {
    query: orders,
    items,
    totalCount,
  } = useOrderPages(
    ['orders', 'admin', filter],
    async (after) =>
      (await execute(AdminOrdersDocument, { filter, first: ADMIN_ORDERS_PAGE_SIZE, after })).orders,
  );

  return (
    <section className={styles.page} aria-labelledby="admin-orders-title">
      <h1 id="admin-orders-title">Orders</h1>
      <FilterForm
        key={searchParams.toString()}
        initial={filter}
        onFilter={(next) => setSearchParams(orderFilterParams(next), { replace: true })}
      />

      <div aria-busy={orders.isFetching} className={styles.results} role="region" aria-label="Results">
        <p className={styles.count} aria-live="polite">
          {orders.isSuccess && `Showing ${items.length} of ${totalCount} orders`}
        </p>
        {orders.isPending && <Spinner label="Loading orders" />}
        {orders.isError && !orders.data && (
          <AdminError
            title="Orders could not be loaded"
            error={orders.error}
            task="manage orders"
            onRetry={() => void orders.refetch()}
          />
        )}
        {orders.isSuccess && items.length === 0 && (
          <p className={styles.empty}>{filtered ? 'No orders match this filter.' : 'No orders yet.'}</p>
        )}
        {items.length > 0 && (
          <div className={table.wrap}>
            <table className={table.table}>
              <caption className="visually-hidden">Orders</caption>
              <thead>
                <tr>
                  <th scope="col">Number</th>
                  <th scope="col">Placed</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Status</th>
                  <th scope="col" className={table.number}>
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((order) => (
                  <tr key={order.number}>
                    <th scope="row">
                      <Link
                        to={`/admin/orders/${encodeURIComponent(order.number)}`}
                        className={styles.number}
                      >
                        {order.number}
                      </Link>
                    </th>
                    <td className={styles.nowrap}>{formatDateTime(order.placedAt)}</td>
                    <td>
                      <span className={styles.email}>{order.email}</span>
                      <span className={styles.muted}>{order.customer ? order.customer.name : 'Guest'}</span>
                    </td>
                    <td>
                      <OrderStatusBadge status={order.status} />
                    </td>
                    <td className={table.number}>
                      <Price price={order.total} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMore query={orders} failure="More orders could not be loaded" />
      </div>
    </section>
  );
}

function FilterForm({
  initial,
  onFilter,
}: {
  initial: OrderFilter;
  onFilter: (filter: OrderFilter) => void;
}) {
  const [status, setStatus] = useState<string>(initial.status ?? '');
  const [email, setEmail] = useState(initial.email ?? '');
  const [number, setNumber] = useState(initial.number ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    onFilter({ status: (status || null) as OrderFilter['status'], email, number });
  }

  return (
    <form role="search" aria-label="Filter orders" className={styles.filters} onSubmit={submit}>
      <label>
        <span>Status</span>
        <select name="status" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">Any status</option>
          {ORDER_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Email</span>
        <input
          name="email"
          type="search"
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
      <label>
        <span>Order number</span>
        <input
          name="number"
          type="search"
          maxLength={40}
          value={number}
          onChange={(event) => setNumber(event.target.value)}
        />
      </label>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
    </form>
  );
}
