import { Button } from '@/components/button';
import { useAddToCartFeedback } from '../hooks/use-add-to-cart-feedback';
import { AddToCartFeedback } from './add-to-cart-feedback';
import styles from './add-to-cart.module.css';

export interface AddToCartButtonProps {
  product: { id: string; title: string; inStock: boolean };
}

/** Adds one item to the cart from a catalog card; nothing for a sold-out product (its badge says so). */
export function AddToCartButton({ product }: AddToCartButtonProps) {
  const { addToCart, pending, problems } = useAddToCartFeedback(product);
  if (!product.inStock) return null;
  return (
    <div className={styles.compact}>
      <Button
        variant="secondary"
        className={styles.cardButton}
        aria-label={`Add ${product.title} to cart`}
        // Not `disabled`: the pressed button keeps the keyboard focus while the item goes in.
        aria-disabled={pending || undefined}
        onClick={() => addToCart(1)}
      >
        {pending ? 'Adding…' : 'Add to cart'}
      </Button>
      <AddToCartFeedback problems={problems} />
    </div>
  );
}
