import { type FormEvent, useId, useState } from 'react';
import { Button } from '@/components/button';
import { useAddToCartFeedback } from '../hooks/use-add-to-cart-feedback';
import { MAX_QUANTITY, parseQuantity } from '../utils/quantity';
import { AddToCartFeedback } from './add-to-cart-feedback';
import styles from './add-to-cart.module.css';

export interface AddToCartFormProps {
  product: { id: string; title: string; inStock: boolean };
}

/** The product page's "Add to cart": a quantity (1–99) and the button; nothing while sold out. */
export function AddToCartForm({ product }: AddToCartFormProps) {
  const id = useId();
  const [quantity, setQuantity] = useState('1');
  const [invalid, setInvalid] = useState(false);
  const { addToCart, clear, pending, problems } = useAddToCartFeedback(product);
  if (!product.inStock) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseQuantity(quantity, 1);
    setInvalid(parsed === undefined);
    // One message at a time: a bad quantity takes away what the last add said.
    if (parsed === undefined) clear();
    else addToCart(parsed);
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={`Add ${product.title} to cart`}>
      <div className={styles.row}>
        <div className={styles.quantity}>
          <label htmlFor={`${id}-quantity`}>Quantity</label>
          <input
            id={`${id}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUANTITY}
            step={1}
            value={quantity}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-invalid` : undefined}
            onChange={(event) => setQuantity(event.target.value)}
          />
        </div>
        {/* Not `disabled`: the pressed button keeps the keyboard focus while the item goes in. */}
        <Button type="submit" className={styles.submit} aria-disabled={pending || undefined}>
          {pending ? 'Adding…' : 'Add to cart'}
        </Button>
      </div>
      {invalid && (
        <p id={`${id}-invalid`} className={styles.problem} role="alert">
          Enter a quantity from 1 to {MAX_QUANTITY}.
        </p>
      )}
      <AddToCartFeedback problems={problems} />
    </form>
  );
}
