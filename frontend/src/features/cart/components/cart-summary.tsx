import type { ReactNode } from 'react';
import { Amounts } from '@/components/amounts';
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
      <Amounts
        rows={[
          { label: 'Items', value: itemCount(cart.totalQuantity) },
          { label: 'Subtotal', value: <Price price={cart.subtotal} /> },
          { label: 'Tax', value: <Price price={cart.tax} /> },
        ]}
        total={{ label: 'Total', value: <Price price={cart.total} /> }}
      />
      {children}
    </section>
  );
}
