import { NavLink } from 'react-router';
import { useCart } from '../hooks/use-cart';
import { itemCount } from '../utils/quantity';
import styles from './cart-link.module.css';

/** The header's link to the cart, with a badge of how many items it holds. */
export function CartLink() {
  const cart = useCart();
  const count = cart.data?.totalQuantity;
  return (
    <NavLink
      to="/cart"
      className={({ isActive }) => [styles.link, isActive && styles.active].filter(Boolean).join(' ')}
      aria-label={count === undefined ? 'Cart' : `Cart, ${itemCount(count)}`}
    >
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M3 4h2l2.2 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 7H6.2" />
        <circle cx="9" cy="19" r="1.4" />
        <circle cx="17" cy="19" r="1.4" />
      </svg>
      <span>Cart</span>
      {count !== undefined && count > 0 && (
        <span className={styles.badge} aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
