import { PageMeta } from '@/components/page-meta';
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
      <PageMeta
        title="Your order — Storefront"
        description="Your Storefront order: what you bought, where it goes and where it stands."
      />
      <OrderPage key={number} number={number} placed={placed} />
    </>
  );
}
