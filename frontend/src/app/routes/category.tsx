import { useParams } from 'react-router';
import { AddToCartButton } from '@/features/cart/components/add-to-cart-button';
import { CategoryPage } from '@/features/catalog/components/category-page';

export function CategoryRoute() {
  const { slug = '' } = useParams();
  return (
    <CategoryPage
      key={slug}
      slug={slug}
      renderCardActions={(product) => <AddToCartButton product={product} />}
    />
  );
}
