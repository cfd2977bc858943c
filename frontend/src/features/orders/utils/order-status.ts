import type { OrderFilter, OrderStatus } from '@/graphql/generated/graphql';

/** Every status, in life-cycle order. */
export const ORDER_STATUSES: readonly OrderStatus[] = ['PLACED', 'PAID', 'SHIPPED', 'CANCELLED'];

const LABELS: Record<OrderStatus, string> = {
  PLACED: 'Placed',
  PAID: 'Paid',
  SHIPPED: 'Shipped',
  CANCELLED: 'Cancelled',
};

export function statusLabel(status: OrderStatus): string {
  return LABELS[status] ?? status;
}

/** The admin list's filter from its URL (`?status=PAID&email=…&number=…`); blank or unknown parts left out. */
export function orderFilterOf(params: URLSearchParams): OrderFilter {
  const filter: OrderFilter = {};
  const status = params.get('status');
  if (status && (ORDER_STATUSES as readonly string[]).includes(status)) filter.status = status as OrderStatus;
  const email = params.get('email')?.trim();
  if (email) filter.email = email;
  const number = params.get('number')?.trim();
  if (number) filter.number = number;
  return filter;
}

/** The URL parameters of a filter, the inverse of `orderFilterOf`. */
export function orderFilterParams(filter: OrderFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.email?.trim()) params.set('email', filter.email.trim());
  if (filter.number?.trim()) params.set('number', filter.number.trim());
  return params;
}
