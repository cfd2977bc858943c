import { Link } from 'react-router';
import { Amounts } from '@/components/amounts';
import { Price } from '@/components/price';
import type { Order } from '../hooks/use-order';
import { countryName } from '../utils/countries';
import styles from './order-page.module.css';

/** What was bought (as it was bought), the totals, where it goes and how to pay. */
export function OrderDetails({ order }: { order: Order }) {
  const address = order.shippingAddress;
  return (
    <div className={styles.details}>
      <section className={styles.card} aria-labelledby="order-lines-title">
        <h2 id="order-lines-title" className={styles.cardTitle}>
          Items
        </h2>
        <table className={styles.lines}>
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col" className={styles.number}>
                Price
              </th>
              <th scope="col" className={styles.number}>
                Quantity
              </th>
              <th scope="col" className={styles.number}>
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.productId}>
                <th scope="row">
                  <Link to={`/products/${encodeURIComponent(line.slug)}`}>{line.title}</Link>
                </th>
                <td className={styles.number}>
                  <Price price={line.unitPrice} />
                </td>
                <td className={styles.number}>{line.quantity}</td>
                <td className={styles.number}>
                  <Price price={line.lineTotal} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className={styles.amounts}>
          <Amounts
            rows={[
              { label: 'Subtotal', value: <Price price={order.subtotal} /> },
              { label: 'Shipping', value: <Price price={order.shipping} /> },
              { label: 'Tax', value: <Price price={order.tax} /> },
            ]}
            total={{ label: 'Total', value: <Price price={order.total} /> }}
          />
        </div>
      </section>

      <div className={styles.side}>
        <section className={styles.card} aria-labelledby="order-address-title">
          <h2 id="order-address-title" className={styles.cardTitle}>
            Shipping to
          </h2>
          <address className={styles.address}>
            {address.name}
            <br />
            {address.line1}
            {address.line2 && (
              <>
                <br />
                {address.line2}
              </>
            )}
            <br />
            {address.postalCode} {address.city}
            {address.region && (
              <>
                <br />
                {address.region}
              </>
            )}
            <br />
            {countryName(address.countryCode)}
          </address>
          <p className={styles.muted}>Confirmation sent to {order.email}</p>
        </section>

        <section className={styles.card} aria-labelledby="order-payment-title">
          <h2 id="order-payment-title" className={styles.cardTitle}>
            Payment: {order.paymentMethod.name}
          </h2>
          <p className={styles.instructions}>{order.paymentMethod.instructions}</p>
        </section>
      </div>
    </div>
  );
}
