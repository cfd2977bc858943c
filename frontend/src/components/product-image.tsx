import { useState } from 'react';
import styles from './product-image.module.css';

export interface ProductImageProps {
  src: string | null | undefined;
  /** Empty when the title is shown right beside the image. */
  alt: string;
  title: string;
  /**
   * Above the fold (the product page, the grid's first row): fetched at once and first, not
   * lazily when it scrolls into view.
   */
  priority?: boolean;
}

/** A product's image in a square frame; a lettered placeholder when it has none or it fails. */
export function ProductImage({ src, alt, title, priority = false }: ProductImageProps) {
  const [failed, setFailed] = useState(false);
  if (!src || failed) {
    return (
      <div
        className={`${styles.frame} ${styles.placeholder}`}
        role={alt ? 'img' : undefined}
        aria-label={alt || undefined}
      >
        <span aria-hidden="true">{title.trim().charAt(0).toUpperCase() || '?'}</span>
      </div>
    );
  }
  return (
    <div className={styles.frame}>
      <img
        className={styles.image}
        src={src}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding="async"
        // The frame is square: with its size known the browser reserves the space up front.
        width={600}
        height={600}
        onError={() => setFailed(true)}
      />
    </div>
  );
}
