import { Button } from '@/components/button';
import { useAddToCartFeedback } from '../hooks/use-add-to-cart-feedback';
import { AddToCartFeedback } from './add-to-cart-feedback';
import styles from './add-to-cart.module.css';

export interface AddToCartButtonProps {
  product: { id: string; title: string; inStock: boolean };
}

/** Adds one item to the cart from a catalog card; nothing for a sold-out product (its badge says so). */
export function AddToCartButton({ product }: AddToCartButtonProps) {
  const { addToCart, pending, status, problems } = useAddToCartFeedback(product.id);
  if (!product.inStock) return null;
  return (
    <div className={styles.compact}>
      <Button
        variant="secondary"
        aria-label={`Add ${product.title} to cart`}
        disabled={pending}
        onClick={() => addToCart(1)}
      >
        {pending ? 'Adding…' : 'Add to cart'}
      </Button>
      <AddToCartFeedback status={status} problems={problems} />
    </div>
  );
}
