import styles from './add-to-cart.module.css';

/** "Added to cart" in a polite live region, and the server's problems as an alert. */
export function AddToCartFeedback({ status, problems }: { status: string; problems: readonly string[] }) {
  return (
    <>
      <p className={styles.status} aria-live="polite">
        {status}
      </p>
      {problems.length > 0 && (
        <p className={styles.problem} role="alert">
          {problems.join(' ')}
        </p>
      )}
    </>
  );
}
