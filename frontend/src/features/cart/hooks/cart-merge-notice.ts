import { createContext, useCallback, useContext } from 'react';
import type { UserErrorEntry } from '@/lib/user-errors';
import { useRefreshCart } from './use-cart';

/** What signing in did to the anonymous cart's lines that could not go over as they were. */
export interface CartMergeNoticeState {
  adjustments: readonly UserErrorEntry[];
  show: (adjustments: readonly UserErrorEntry[]) => void;
  dismiss: () => void;
}

export const CartMergeNoticeContext = createContext<CartMergeNoticeState | null>(null);

export function useCartMergeNotice(): CartMergeNoticeState {
  const state = useContext(CartMergeNoticeContext);
  if (!state) throw new Error('useCartMergeNotice needs a CartMergeNoticeProvider above it');
  return state;
}

/** The part of `AuthPayload` the cart cares about. */
export interface SignInCartOutcome {
  cartMerge?: { mergedLines: number; adjustments: readonly UserErrorEntry[] } | null;
}

/**
 * What the cart does after signing in or up: the server merged the anonymous cart into the
 * customer's, so the cart is read again, and the merge's adjustments are shown once.
 */
export function useCartAfterSignIn() {
  const refreshCart = useRefreshCart();
  const { show } = useCartMergeNotice();
  return useCallback(
    (outcome: SignInCartOutcome) => {
      void refreshCart();
      const adjustments = outcome.cartMerge?.adjustments ?? [];
      if (adjustments.length > 0) show(adjustments);
    },
    [refreshCart, show],
  );
}
