import { PageMeta } from '@/components/page-meta';
import { CartPage } from '@/features/cart/components/cart-page';

export function CartRoute() {
  return (
    <>
      <PageMeta
        title="Your cart — Storefront"
        description="The products in your Storefront cart, with their totals."
      />
      <CartPage />
    </>
  );
}
