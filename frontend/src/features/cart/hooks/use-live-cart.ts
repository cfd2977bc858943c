import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { startLazily } from '@/lib/start-lazily';

/**
 * Keeps the cart in the query cache current while the shop is open, over one `cartChanged`
 * stream: used once, by the app's layout, so each tab holds one stream. Without live updates
 * (an older server, no network for it) the cart is what the last read or write said, as before.
 */
export function useLiveCart() {
  const queryClient = useQueryClient();
  useEffect(
    () => startLazily(async () => (await import('./live-cart')).followCart(queryClient)),
    [queryClient],
  );
}
