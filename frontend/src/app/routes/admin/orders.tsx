import { AdminOrdersPage } from '@/features/orders/components/admin-orders-page';

export function AdminOrdersRoute() {
  return (
    <>
      <title>Orders — Storefront admin</title>
      <AdminOrdersPage />
    </>
  );
}
