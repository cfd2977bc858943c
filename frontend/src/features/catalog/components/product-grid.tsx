import type { ComponentProps } from 'react';
import { ProductCard } from './product-card';
import styles from './product-grid.module.css';

export interface ProductGridProps {
  products: ReadonlyArray<{ id: string } & ComponentProps<typeof ProductCard>['product']>;
}

export function ProductGrid({ products }: ProductGridProps) {
  return (
    <ul className={styles.grid} aria-label="Products">
      {products.map((product) => (
        <li key={product.id} className={styles.item}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}
