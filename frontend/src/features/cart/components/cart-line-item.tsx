import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { Price } from '@/components/price';
import { ProductImage } from '@/components/product-image';
import type { CartLine } from '../hooks/use-cart';
import { type CartOutcome, useRemoveCartLine, useUpdateCartLine } from '../hooks/use-cart-mutations';
import { failureMessages } from '../utils/messages';
import { MAX_QUANTITY, parseQuantity } from '../utils/quantity';
import styles from './cart-page.module.css';

export interface CartLineItemProps {
  line: CartLine;
  /** What the server said about the last change of this line. */
  errors: readonly string[];
  /** Reports the outcome of a change of this line: its user errors, or none. */
  onOutcome: (lineId: string, messages: string[]) => void;
}

/** One line of the cart: the product, its unit price, a quantity stepper, the line total and "Remove". */
export function CartLineItem({ line, errors, onOutcome }: CartLineItemProps) {
  const id = useId();
  const update = useUpdateCartLine();
  const remove = useRemoveCartLine();
  // What the shopper is typing; null shows the cart's quantity.
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const busy = update.isPending || remove.isPending;
  const { product } = line;
  const href = `/products/${encodeURIComponent(product.slug)}`;

  const report = {
    onSuccess: ({ userErrors }: CartOutcome) =>
      onOutcome(
        line.id,
        userErrors.map((error) => error.message),
      ),
    onError: (error: Error) => onOutcome(line.id, failureMessages(error)),
    onSettled: () => setDraft(null),
  };

  function setQuantity(quantity: number) {
    setInvalid(false);
    if (quantity === line.quantity) {
      setDraft(null);
      return;
    }
    onOutcome(line.id, []);
    update.mutate({ lineId: line.id, quantity }, report);
  }

  function commitDraft(event?: FormEvent) {
    event?.preventDefault();
    if (draft === null || busy) return;
    const quantity = parseQuantity(draft, 0);
    if (quantity === undefined) setInvalid(true);
    else setQuantity(quantity);
  }

  function removeLine() {
    onOutcome(line.id, []);
    remove.mutate({ lineId: line.id }, report);
  }

  // The line's own problem (off sale, short of stock) shows always, unless the answer to a change just said the same.
  const problem = line.problem && !errors.includes(line.problem.message) ? line.problem : null;
  // The server never lets a line grow past the stock (it would answer with the stock), so + stops there;
  // a line off sale can't be changed at all, only removed.
  const canRaise =
    line.problem?.code !== 'PRODUCT_UNAVAILABLE' &&
    line.quantity < MAX_QUANTITY &&
    line.quantity < product.stock;
  // A line holding more than the stock counts only for what is in stock; one click makes it hold just that.
  const canKeepAvailable = line.buyableQuantity > 0 && line.buyableQuantity < line.quantity;
  // A product taken off sale has no price to count and no quantity to change: the line can only go.
  const archived = line.problem?.code === 'PRODUCT_UNAVAILABLE';
  // The steppers say "not now" with aria-disabled rather than disabled, so the button the
  // shopper pressed keeps the keyboard focus while the change is sent and after it.
  const canLower = !busy && line.quantity > 1;
  const raise = !busy && canRaise;

  return (
    <li className={styles.line} aria-labelledby={`${id}-title`} data-problem={line.problem?.code}>
      <Link to={href} className={styles.thumb} tabIndex={-1} aria-hidden="true">
        <ProductImage src={product.imageUrl} alt="" title={product.title} />
      </Link>
      <div className={styles.details}>
        <h2 className={styles.lineTitle}>
          <Link id={`${id}-title`} to={href}>
            {product.title}
          </Link>
        </h2>
        {!archived && (
          <p className={styles.unitPrice}>
            <Price price={line.unitPrice} /> each
          </p>
        )}
        {problem && (
          <p className={styles.lineProblem} data-code={problem.code}>
            {problem.message}
          </p>
        )}
        {canKeepAvailable && (
          <Button
            variant="link"
            className={styles.keepAvailable}
            disabled={busy}
            onClick={() => setQuantity(line.buyableQuantity)}
          >
            Keep {line.buyableQuantity}
          </Button>
        )}
        {errors.length > 0 && (
          <p className={styles.lineError} role="alert">
            {errors.join(' ')}
          </p>
        )}
      </div>
      {!archived && (
        <form className={styles.stepper} onSubmit={commitDraft} noValidate>
          <label htmlFor={`${id}-quantity`} className={styles.stepperLabel}>
            Quantity
          </label>
          <div className={styles.stepperControls}>
            <Button
              variant="secondary"
              className={styles.stepButton}
              aria-label={`Decrease quantity of ${product.title}`}
              aria-disabled={!canLower || undefined}
              onClick={() => canLower && setQuantity(line.quantity - 1)}
            >
              −
            </Button>
            <input
              id={`${id}-quantity`}
              className={styles.quantityInput}
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_QUANTITY}
              step={1}
              aria-label={`Quantity of ${product.title}`}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-invalid` : undefined}
              readOnly={busy}
              value={draft ?? String(line.quantity)}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={() => commitDraft()}
            />
            <Button
              variant="secondary"
              className={styles.stepButton}
              aria-label={`Increase quantity of ${product.title}`}
              aria-disabled={!raise || undefined}
              title={
                !canRaise && line.quantity >= product.stock ? `Only ${product.stock} in stock` : undefined
              }
              onClick={() => raise && setQuantity(line.quantity + 1)}
            >
              +
            </Button>
          </div>
          {invalid && (
            <p id={`${id}-invalid`} className={styles.invalid}>
              Enter a whole number from 0 to {MAX_QUANTITY}; 0 removes the item.
            </p>
          )}
        </form>
      )}
      {!archived && (
        <p className={styles.lineTotal}>
          <span className="visually-hidden">Line total: </span>
          <Price price={line.lineTotal} />
          {line.buyableQuantity < line.quantity && (
            <span className={styles.countedNote}>
              for {line.buyableQuantity} of {line.quantity}
            </span>
          )}
        </p>
      )}
      <Button
        variant="link"
        className={styles.remove}
        aria-label={`Remove ${product.title} from cart`}
        aria-disabled={busy || undefined}
        onClick={() => !busy && removeLine()}
      >
        Remove
      </Button>
    </li>
  );
}
