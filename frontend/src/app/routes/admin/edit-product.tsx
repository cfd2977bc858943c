import { useParams } from 'react-router';
import { EditProductPage } from '@/features/admin/components/edit-product-page';

export function AdminEditProductRoute() {
  const { id = '' } = useParams();
  return (
    <>
      <title>Edit product — Storefront admin</title>
      {/* Another product is another form: reset its state along with it. */}
      <EditProductPage key={id} id={id} />
    </>
  );
}
