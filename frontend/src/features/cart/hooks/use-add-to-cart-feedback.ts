import { useState } from 'react';
import { failureMessages } from '../utils/messages';
import { useAddedToCartNotice } from './added-to-cart-notice';
import { useAddToCart } from './use-cart-mutations';

/**
 * Adds a product to the cart and says how it went: the "Added to cart" notice (with the way to
 * the cart and the checkout), or the server's user errors (e.g. INSUFFICIENT_STOCK: how many
 * are left) beside the control until the next try. One message at a time: a new try, or
 * `clear()`, takes the last one away.
 */
export function useAddToCartFeedback(product: { id: string; title: string }) {
  const add = useAddToCart();
  const notice = useAddedToCartNotice();
  const [problems, setProblems] = useState<string[]>([]);

  function clear() {
    setProblems([]);
    notice.dismiss();
  }

  function addToCart(quantity: number) {
    if (add.isPending) return;
    clear();
    add.mutate(
      { productId: product.id, quantity },
      {
        onSuccess: ({ userErrors }) => {
          if (userErrors.length > 0) setProblems(userErrors.map((error) => error.message));
          else notice.show({ title: product.title, quantity });
        },
        onError: (error) => setProblems(failureMessages(error)),
      },
    );
  }

  return { addToCart, clear, pending: add.isPending, problems };
}
