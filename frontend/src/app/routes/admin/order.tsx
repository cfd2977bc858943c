import { useParams } from 'react-router';
import { AdminOrderPage } from '@/features/orders/components/admin-order-page';

export function AdminOrderRoute() {
  const { number = '' } = useParams();
  return (
    <>
      <title>Order — Storefront admin</title>
      {/* Another order is another page: reset its state along with it. */}
      <AdminOrderPage key={number} number={number} />
    </>
  );
}
