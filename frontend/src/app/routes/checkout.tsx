import { CheckoutPage } from '@/features/orders/components/checkout-page';

export function CheckoutRoute() {
  return (
    <>
      <title>Checkout — Storefront</title>
      <CheckoutPage />
    </>
  );
}
