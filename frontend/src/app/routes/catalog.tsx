import { AddToCartButton } from '@/features/cart/components/add-to-cart-button';
import { CatalogPage } from '@/features/catalog/components/catalog-page';

export function CatalogRoute() {
  return (
    <>
      <title>Storefront — Shop all products</title>
      <CatalogPage renderCardActions={(product) => <AddToCartButton product={product} />} />
    </>
  );
}
