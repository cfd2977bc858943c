import { AddToCartButton } from '@/features/cart/components/add-to-cart-button';
import { SearchPage } from '@/features/search/components/search-page';

export function SearchRoute() {
  return <SearchPage renderCardActions={(product) => <AddToCartButton product={product} />} />;
}
