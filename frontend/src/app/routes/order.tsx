import { useLocation, useParams } from 'react-router';
import { OrderPage } from '@/features/orders/components/order-page';

/** The state the checkout navigates here with, so the page can say "thank you" once. */
interface OrderLocationState {
  placed?: boolean;
}

export function OrderRoute() {
  const { number = '' } = useParams();
  const location = useLocation();
  const placed = Boolean((location.state as OrderLocationState | null)?.placed);
  return (
    <>
      <title>Your order — Storefront</title>
      <OrderPage key={number} number={number} placed={placed} />
    </>
  );
}
