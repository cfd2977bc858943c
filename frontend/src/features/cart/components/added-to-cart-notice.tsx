import { type ReactNode, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '@/components/button';
import {
  type AddedItem,
  AddedToCartNoticeContext,
  type AddedToCartNoticeState,
  useAddedToCartNotice,
} from '../hooks/added-to-cart-notice';
import { useCart } from '../hooks/use-cart';
import { itemCount } from '../utils/quantity';
import styles from './added-to-cart-notice.module.css';

/** Holds what was last added to the cart until the shopper dismisses it or goes to another page. */
export function AddedToCartNoticeProvider({ children }: { children: ReactNode }) {
  const [added, setAdded] = useState<AddedItem | null>(null);
  const { pathname } = useLocation();
  // A notice belongs to the page it was given on: another page shows none.
  const current = added?.pathname === pathname ? added : null;
  const state = useMemo<AddedToCartNoticeState>(
    () => ({
      added: current,
      show: (item) => setAdded({ ...item, pathname, at: Date.now() }),
      dismiss: () => setAdded(null),
    }),
    [current, pathname],
  );
  return <AddedToCartNoticeContext value={state}>{children}</AddedToCartNoticeContext>;
}

/**
 * "Added to cart", with the ways on: the cart and the checkout. It floats over the page's corner
 * (so nothing moves), is read out politely, and leaves the keyboard focus where it was: the
 * shopper may well add something else. It stays until dismissed or another page opens.
 */
export function AddedToCartNotice() {
  const { added, dismiss } = useAddedToCartNotice();
  const cart = useCart();

  const total = cart.data?.totalQuantity;
  return (
    <div className={styles.region} aria-live="polite">
      {added && (
        <section className={styles.notice} aria-labelledby="added-to-cart-title" key={added.at}>
          <div className={styles.text}>
            <h2 id="added-to-cart-title" className={styles.title}>
              Added to cart
            </h2>
            <p className={styles.item}>
              {added.quantity > 1 ? `${added.quantity} × ${added.title}` : added.title}
              {total !== undefined && (
                <span className={styles.total}>{` · ${itemCount(total)} in your cart`}</span>
              )}
            </p>
          </div>
          <div className={styles.actions}>
            <Link to="/cart" className={styles.secondary}>
              View cart
            </Link>
            <Link to="/checkout" className={styles.primary}>
              Check out
            </Link>
          </div>
          <Button variant="link" className={styles.close} aria-label="Dismiss" onClick={dismiss}>
            ×
          </Button>
        </section>
      )}
    </div>
  );
}
