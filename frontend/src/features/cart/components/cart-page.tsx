import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-alert';
import { Spinner } from '@/components/spinner';
import { useCart } from '../hooks/use-cart';
import { CartLineItem } from './cart-line-item';
import { CartSummary } from './cart-summary';
import { ClearCartButton } from './clear-cart-button';
import styles from './cart-page.module.css';

/** The cart: its lines with quantity steppers, a summary with the totals, and "Clear cart". */
export function CartPage() {
  // Read afresh whenever the page opens, so stock and price problems are current.
  const cart = useCart({ refetchOnMount: 'always' });
  // The server's answer to the last change of each line, by the id of the line the change was sent for.
  const [lineErrors, setLineErrors] = useState<Record<string, string[]>>({});

  function onOutcome(lineId: string, messages: string[]) {
    setLineErrors((current) => {
      const next = { ...current };
      delete next[lineId];
      if (messages.length > 0) next[lineId] = messages;
      return next;
    });
  }

  if (cart.isPending) return <Spinner label="Loading your cart" />;
  if (cart.isError) {
    return (
      <ErrorMessage
        title="Your cart could not be loaded"
        error={cart.error}
        onRetry={() => void cart.refetch()}
      />
    );
  }

  const { lines } = cart.data;
  const lineIds = new Set(lines.map((line) => line.id));
  // Answers about lines that are gone (e.g. removed elsewhere meanwhile) can't sit beside them.
  const orphaned = Object.entries(lineErrors)
    .filter(([lineId]) => !lineIds.has(lineId))
    .flatMap(([, messages]) => messages);

  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>Your cart</h1>
      <FormAlert messages={orphaned} />
      {lines.length === 0 ? (
        <div className={styles.empty}>
          <p>Your cart is empty.</p>
          <Link to="/">Back to the shop</Link>
        </div>
      ) : (
        <div className={styles.layout}>
          <ul className={styles.lines} aria-label="Items in your cart">
            {lines.map((line) => (
              <CartLineItem
                key={line.id}
                line={line}
                errors={lineErrors[line.id] ?? []}
                onOutcome={onOutcome}
              />
            ))}
          </ul>
          <CartSummary cart={cart.data}>
            {lines.some((line) => line.buyableQuantity > 0) && (
              <Link to="/checkout" className={styles.checkout}>
                Checkout
              </Link>
            )}
            <ClearCartButton onCleared={() => setLineErrors({})} />
          </CartSummary>
        </div>
      )}
    </div>
  );
}
