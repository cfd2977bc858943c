import { PageMeta } from '@/components/page-meta';
import { AddToCartButton } from '@/features/cart/components/add-to-cart-button';
import { CatalogPage } from '@/features/catalog/components/catalog-page';

export function CatalogRoute() {
  return (
    <>
      <PageMeta
        title="Storefront — Shop all products"
        description="Shop the whole Storefront catalog: filter by category, price and stock, sorted as you like."
      />
      <CatalogPage renderCardActions={(product) => <AddToCartButton product={product} />} />
    </>
  );
}
