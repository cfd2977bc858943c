import type { ReactNode } from 'react';
import { type CardProduct, ProductCard, ProductCardSkeleton, type ProductCardProps } from './product-card';
import { SkeletonStatus } from './skeleton';
import styles from './product-grid.module.css';

/**
 * Cards whose images load first and at once: a row of the widest grid (four columns of at
 * least 14rem beside the filters), and the first two rows of a phone's two columns.
 */
export const PRIORITY_CARDS = 4;

export interface ProductGridProps {
  products: ReadonlyArray<{ id: string } & ProductCardProps['product']>;
  /** Controls for each card (e.g. "Add to cart"), composed in by the app. */
  renderCardActions?: (product: CardProduct) => ReactNode;
}

export function ProductGrid({ products, renderCardActions }: ProductGridProps) {
  return (
    <ul className={styles.grid} aria-label="Products">
      {products.map((product, index) => (
        <li key={product.id} className={styles.item}>
          <ProductCard
            product={product}
            renderActions={renderCardActions}
            priority={index < PRIORITY_CARDS}
          />
        </li>
      ))}
    </ul>
  );
}

/** The grid's place while its first page loads: cards of the real cards' size, so nothing jumps. */
export function ProductGridSkeleton({
  count = 8,
  withActions = false,
  label = 'Loading products',
}: {
  count?: number;
  /** Whether the real cards will have controls (e.g. "Add to cart"), which make them taller. */
  withActions?: boolean;
  label?: string;
}) {
  return (
    <SkeletonStatus label={label}>
      <ul className={styles.grid}>
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className={styles.item}>
            <ProductCardSkeleton withActions={withActions} />
          </li>
        ))}
      </ul>
    </SkeletonStatus>
  );
}
