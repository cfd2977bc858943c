import { useParams } from 'react-router';
import { AddToCartForm } from '@/features/cart/components/add-to-cart-form';
import { ProductDetails } from '@/features/catalog/components/product-details';

export function ProductRoute() {
  const { slug = '' } = useParams();
  // A new slug is a new page: reset the component's state along with it.
  return (
    <ProductDetails key={slug} slug={slug} renderActions={(product) => <AddToCartForm product={product} />} />
  );
}
