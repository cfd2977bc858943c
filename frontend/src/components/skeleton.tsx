import type { CSSProperties, ReactNode } from 'react';
import styles from './skeleton.module.css';

/** One line of text to come, `width` of its box (e.g. "60%"), in the font size of where it sits. */
export function SkeletonLine({ width = '100%', style }: { width?: string; style?: CSSProperties }) {
  return <span className={styles.line} style={{ width, ...style }} aria-hidden="true" />;
}

/** A block to come (an image, a button), sized by its class or style. */
export function SkeletonBlock({ className, style }: { className?: string; style?: CSSProperties }) {
  return (
    <span className={[styles.block, className].filter(Boolean).join(' ')} style={style} aria-hidden="true" />
  );
}

/**
 * A stand-in for content that is loading: what it holds is hidden from assistive technology,
 * which hears `label` ("Loading products") once instead.
 */
export function SkeletonStatus({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div role="status" aria-label={label} className={className}>
      <span className="visually-hidden">{label}</span>
      <div aria-hidden="true">{children}</div>
    </div>
  );
}
