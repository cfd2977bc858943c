import type { Shortage } from '../utils/place-order-outcome';
import styles from './checkout-page.module.css';

/** What `placeOrder` could not have as the cart held it, and what the cart holds now. */
export function StockShortages({ shortages }: { shortages: readonly Shortage[] }) {
  if (shortages.length === 0) return null;
  return (
    <ul className={styles.shortages} aria-label="Items that ran short">
      {shortages.map((shortage) => (
        <li key={shortage.productId}>
          <strong>{shortage.title}</strong>: you asked for {shortage.requested},{' '}
          {shortage.available === 0
            ? 'none are left (removed from your cart).'
            : `only ${shortage.available} ${shortage.available === 1 ? 'is' : 'are'} left (your cart now holds ${shortage.available}).`}
        </li>
      ))}
    </ul>
  );
}
