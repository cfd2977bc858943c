import styles from './spinner.module.css';

export interface SpinnerProps {
  /** What is loading, read out by screen readers, e.g. "Loading products". */
  label?: string;
  size?: 'small' | 'large';
}

export function Spinner({ label = 'Loading', size = 'large' }: SpinnerProps) {
  return (
    <div role="status" aria-label={label} className={styles.wrapper} data-size={size}>
      <span className={styles.spinner} aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
