import { PageMeta } from '@/components/page-meta';
import { CheckoutPage } from '@/features/orders/components/checkout-page';

export function CheckoutRoute() {
  return (
    <>
      <PageMeta
        title="Checkout — Storefront"
        description="Check out your Storefront cart: shipping address, payment and a last look at the total."
      />
      <CheckoutPage />
    </>
  );
}
