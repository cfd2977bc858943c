import { NewProductPage } from '@/features/admin/components/new-product-page';

export function AdminNewProductRoute() {
  return (
    <>
      <title>New product — Storefront admin</title>
      <NewProductPage />
    </>
  );
}
