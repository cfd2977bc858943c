import { Badge, type BadgeProps } from '@/components/badge';
import type { OrderStatus } from '../hooks/use-order';
import { statusLabel } from '../utils/order-status';

const TONES: Record<OrderStatus, BadgeProps['tone']> = {
  PLACED: 'accent',
  PAID: 'success',
  SHIPPED: 'success',
  CANCELLED: 'muted',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={TONES[status] ?? 'neutral'}>{statusLabel(status)}</Badge>;
}
