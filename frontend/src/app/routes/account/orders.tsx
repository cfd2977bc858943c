import { PageMeta } from '@/components/page-meta';
import { OrderHistory } from '@/features/orders/components/order-history';

export function AccountOrdersRoute() {
  return (
    <>
      <PageMeta
        title="Your orders — Storefront"
        description="The orders you placed at Storefront, newest first."
      />
      <OrderHistory />
    </>
  );
}
