import { CartPage } from '@/features/cart/components/cart-page';

export function CartRoute() {
  return (
    <>
      <title>Your cart — Storefront</title>
      <CartPage />
    </>
  );
}
