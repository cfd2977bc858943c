import { useParams } from 'react-router';
import { ProductDetails } from '@/features/catalog/components/product-details';

export function ProductRoute() {
  const { slug = '' } = useParams();
  // A new slug is a new page: reset the component's state along with it.
  return <ProductDetails key={slug} slug={slug} />;
}
