import { OrderHistory } from '@/features/orders/components/order-history';

export function AccountOrdersRoute() {
  return (
    <>
      <title>Your orders — Storefront</title>
      <OrderHistory />
    </>
  );
}
