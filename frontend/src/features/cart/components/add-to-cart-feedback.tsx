import styles from './add-to-cart.module.css';

/** The server's problems with the last add, as an alert beside the control. */
export function AddToCartFeedback({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <p className={styles.problem} role="alert">
      {problems.join(' ')}
    </p>
  );
}
