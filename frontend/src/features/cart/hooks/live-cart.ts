import type { QueryClient } from '@tanstack/react-query';
import { graphql, useFragment as readFragment } from '@/graphql/generated';
import type { CartChangedSubscription } from '@/graphql/generated/graphql';
import { subscribe } from '@/lib/graphql-stream';
import { follow } from '@/lib/live-stream';
import { CartFragment, putCart } from './use-cart';

// Loaded on demand by useLiveCart (its own chunk, outside the first page's bundle).

const CartChangedDocument = graphql(`
  subscription CartChanged {
    cartChanged {
      ...CartFields
    }
  }
`);

/**
 * Follows the session's cart live and writes every cart it is sent into the query cache, where
 * the header badge, the cart page and checkout read it. A browser without a session (nothing
 * written yet) or one that just signed out is sent the empty cart and the stream ends: it follows
 * again after the next successful mutation (the first add to cart and signing in create the
 * session), or when the tab becomes visible again. Returns what stops it.
 */
export function followCart(queryClient: QueryClient): () => void {
  // One write after the other, so a burst of events lands in the order it was sent.
  let writes = Promise.resolve();
  const following = follow<CartChangedSubscription>({
    open: (observer) => subscribe(CartChangedDocument, {}, observer),
    onData: ({ cartChanged }) => {
      writes = writes.then(() => putCart(queryClient, cartChanged));
    },
    // Not a hook: it only unmasks the fragment's type.
    nothingToFollow: (last) => last !== undefined && readFragment(CartFragment, last.cartChanged).id == null,
  });
  const unwatch = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success') following.wake();
  });
  return () => {
    unwatch();
    following.close();
  };
}
