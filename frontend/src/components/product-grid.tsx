import type { ReactNode } from 'react';
import { type CardProduct, ProductCard, type ProductCardProps } from './product-card';
import styles from './product-grid.module.css';

export interface ProductGridProps {
  products: ReadonlyArray<{ id: string } & ProductCardProps['product']>;
  /** Controls for each card (e.g. "Add to cart"), composed in by the app. */
  renderCardActions?: (product: CardProduct) => ReactNode;
}

export function ProductGrid({ products, renderCardActions }: ProductGridProps) {
  return (
    <ul className={styles.grid} aria-label="Products">
      {products.map((product) => (
        <li key={product.id} className={styles.item}>
          <ProductCard product={product} renderActions={renderCardActions} />
        </li>
      ))}
    </ul>
  );
}
