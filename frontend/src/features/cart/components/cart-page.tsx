import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-alert';
import { SkeletonBlock, SkeletonLine, SkeletonStatus } from '@/components/skeleton';
import imageStyles from '@/components/product-image.module.css';
import { type CartLine, useCart } from '../hooks/use-cart';
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
  const { announcement, linesRef } = useFocusAfterRemoval(cart.data?.lines);

  function onOutcome(lineId: string, messages: string[]) {
    setLineErrors((current) => {
      const next = { ...current };
      delete next[lineId];
      if (messages.length > 0) next[lineId] = messages;
      return next;
    });
  }

  if (cart.isPending) return <CartSkeleton />;
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
    <div className={styles.page} ref={linesRef}>
      <h1 className={styles.heading}>Your cart</h1>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
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

/**
 * When a line goes (Remove, or a quantity of 0) while it held the focus, the focus would fall to
 * the page: it goes to the next line's title instead (the previous one's after the last line,
 * "Back to the shop" when none is left), and the removal is announced.
 */
function useFocusAfterRemoval(lines: readonly CartLine[] | undefined) {
  const linesRef = useRef<HTMLDivElement>(null);
  const previous = useRef(lines);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const before = previous.current;
    previous.current = lines;
    if (!before || !lines) return;
    const kept = new Set(lines.map((line) => line.id));
    const index = before.findIndex((line) => !kept.has(line.id));
    if (index < 0) return;
    setAnnouncement(`Removed ${before[index].product.title} from your cart.`);
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused.isConnected) return;
    const container = linesRef.current;
    const titles = container?.querySelectorAll<HTMLElement>('li h2 a') ?? [];
    const target =
      titles.length > 0
        ? titles[Math.min(index, titles.length - 1)]
        : container?.querySelector<HTMLElement>('a[href="/"]');
    target?.focus();
  }, [lines]);

  return { announcement, linesRef };
}

/** The cart page's shape while the cart loads: the heading, a line and the summary to come. */
function CartSkeleton() {
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>Your cart</h1>
      <SkeletonStatus label="Loading your cart">
        <div className={styles.layout}>
          <ul className={styles.lines}>
            <li className={styles.line}>
              <SkeletonBlock className={`${styles.thumb} ${imageStyles.frame}`} />
              <div className={styles.details}>
                <SkeletonLine width="60%" />
                <SkeletonLine width="5rem" />
              </div>
              <div className={styles.stepper}>
                <SkeletonLine width="4rem" />
                <SkeletonBlock style={{ width: '9.5rem', height: '2.5rem' }} />
              </div>
              <div className={styles.lineTotal}>
                <SkeletonLine width="4rem" />
              </div>
            </li>
          </ul>
          <section className={styles.summary}>
            <SkeletonLine width="40%" style={{ height: '1.2rem' }} />
            {[0, 1, 2, 3].map((row) => (
              <SkeletonLine key={row} />
            ))}
            <SkeletonBlock style={{ height: '2.9rem' }} />
          </section>
        </div>
      </SkeletonStatus>
    </div>
  );
}
