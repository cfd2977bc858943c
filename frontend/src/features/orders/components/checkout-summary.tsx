import type { ReactNode } from 'react';
import { Amounts } from '@/components/amounts';
import { Price } from '@/components/price';
import type { CheckoutCart } from '../hooks/use-checkout';
import styles from './checkout-page.module.css';

/** True for an amount of nothing ("0", "0.00"), read from the decimal string without a float. */
function isZero(amount: string): boolean {
  return /^0+(\.0+)?$/.test(amount);
}

/** The lines that will be ordered and what the order costs, as the server computed it. */
export function CheckoutSummary({ cart, children }: { cart: CheckoutCart; children?: ReactNode }) {
  const { checkout } = cart;
  const lines = cart.lines.filter((line) => line.buyableQuantity > 0);
  const free = checkout.freeShippingFrom;
  return (
    <section className={styles.summary} aria-labelledby="checkout-summary-title">
      <h2 id="checkout-summary-title" className={styles.sectionTitle}>
        Order summary
      </h2>
      <ul className={styles.lines} aria-label="Items to order">
        {lines.map((line) => (
          <li key={line.id} aria-label={line.product.title}>
            <span className={styles.lineTitle}>
              {line.product.title} <span className={styles.quantity}>× {line.buyableQuantity}</span>
            </span>
            <Price price={line.lineTotal} />
          </li>
        ))}
      </ul>
      <Amounts
        rows={[
          { label: 'Subtotal', value: <Price price={checkout.subtotal} /> },
          {
            label: 'Shipping',
            value: isZero(checkout.shipping.amount) ? 'Free' : <Price price={checkout.shipping} />,
          },
          { label: 'Tax', value: <Price price={checkout.tax} /> },
        ]}
        total={{ label: 'Total', value: <Price price={checkout.total} /> }}
      />
      {free && !isZero(checkout.shipping.amount) && (
        <p className={styles.hint}>
          Shipping is free from <Price price={free} />.
        </p>
      )}
      {children}
    </section>
  );
}
