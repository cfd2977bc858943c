import type { ReactNode } from 'react';
import { Price } from '@/components/price';
import type { Cart } from '../hooks/use-cart';
import { itemCount } from '../utils/quantity';
import styles from './cart-page.module.css';

/** Subtotal, tax and total as the shop computed them (the SPA never adds money up itself). */
export function CartSummary({ cart, children }: { cart: Cart; children?: ReactNode }) {
  return (
    <section className={styles.summary} aria-labelledby="cart-summary-title">
      <h2 id="cart-summary-title" className={styles.summaryTitle}>
        Summary
      </h2>
      <dl className={styles.amounts}>
        <div>
          <dt>Items</dt>
          <dd>{itemCount(cart.totalQuantity)}</dd>
        </div>
        <div>
          <dt>Subtotal</dt>
          <dd>
            <Price price={cart.subtotal} />
          </dd>
        </div>
        <div>
          <dt>Tax</dt>
          <dd>
            <Price price={cart.tax} />
          </dd>
        </div>
        <div className={styles.total}>
          <dt>Total</dt>
          <dd>
            <Price price={cart.total} />
          </dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
