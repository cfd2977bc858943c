import { useEffect, useState } from 'react';
import { failureMessages } from '../utils/messages';
import { useAddToCart } from './use-cart-mutations';

/** How long "Added to cart" stays before the control is quiet again. */
const ADDED_SHOWN_MS = 4000;

/**
 * Adds a product to the cart and says how it went: a short-lived "Added to cart", or the
 * server's user errors (e.g. INSUFFICIENT_STOCK: how many are left) until the next try.
 */
export function useAddToCartFeedback(productId: string) {
  const add = useAddToCart();
  const [added, setAdded] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    if (added === 0) return;
    const timer = setTimeout(() => setAdded(0), ADDED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [added]);

  function addToCart(quantity: number) {
    setAdded(0);
    setProblems([]);
    add.mutate(
      { productId, quantity },
      {
        onSuccess: ({ userErrors }) => {
          if (userErrors.length > 0) setProblems(userErrors.map((error) => error.message));
          // Each success gets a new number, so the message's timer starts again.
          else setAdded(Date.now());
        },
        onError: (error) => setProblems(failureMessages(error)),
      },
    );
  }

  return {
    addToCart,
    pending: add.isPending,
    status: added > 0 ? 'Added to cart' : '',
    problems,
  };
}
