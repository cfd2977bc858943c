import { type ReactNode, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import type { UserErrorEntry } from '@/lib/user-errors';
import {
  CartMergeNoticeContext,
  type CartMergeNoticeState,
  useCartMergeNotice,
} from '../hooks/cart-merge-notice';
import styles from './cart-merge-notice.module.css';

/** Holds the merge notice from signing in until the shopper dismisses it (it is not kept across reloads). */
export function CartMergeNoticeProvider({ children }: { children: ReactNode }) {
  const [adjustments, setAdjustments] = useState<readonly UserErrorEntry[]>([]);
  const state = useMemo<CartMergeNoticeState>(
    () => ({ adjustments, show: setAdjustments, dismiss: () => setAdjustments([]) }),
    [adjustments],
  );
  return <CartMergeNoticeContext value={state}>{children}</CartMergeNoticeContext>;
}

/** Says which items of the cart from before signing in could not be kept as they were. */
export function CartMergeNotice() {
  const { adjustments, dismiss } = useCartMergeNotice();
  return (
    <div aria-live="polite">
      {adjustments.length > 0 && (
        <section className={styles.notice} aria-labelledby="cart-merge-title">
          <h2 id="cart-merge-title" className={styles.title}>
            We added your earlier cart to your account, with some changes
          </h2>
          <ul className={styles.list}>
            {adjustments.map((adjustment, index) => (
              <li key={index}>{adjustment.message}</li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Link to="/cart" onClick={dismiss}>
              Review your cart
            </Link>
            <Button variant="secondary" onClick={dismiss}>
              Dismiss
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
