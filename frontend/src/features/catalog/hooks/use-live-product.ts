import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { startLazily } from '@/lib/start-lazily';

/** The cache key of a product page's query (`ProductPage`), by the slug in its address. */
export function productPageKey(slug: string) {
  return ['catalog', 'product', slug] as const;
}

/**
 * Keeps a product page's price, stock and availability current over one `productChanged` stream
 * while the page is open (none before the product is known, none for a product not found); the
 * stream ends when the page goes away. Without live updates the page shows what it read.
 */
export function useLiveProduct(slug: string, productId: string | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (productId === undefined) return;
    return startLazily(async () =>
      (await import('./live-product')).followProduct(queryClient, productPageKey(slug), productId),
    );
  }, [queryClient, slug, productId]);
}
