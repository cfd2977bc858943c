import { CatalogPage } from '@/features/catalog/components/catalog-page';

export function CatalogRoute() {
  return (
    <>
      <title>Storefront — Shop all products</title>
      <CatalogPage />
    </>
  );
}
