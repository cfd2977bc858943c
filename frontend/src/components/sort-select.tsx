import { useId } from 'react';
import type { ProductSort } from '@/graphql/generated/graphql';
import styles from './sort-select.module.css';

/** One choice of a product list's order, as shown to shoppers. */
export interface SortOption {
  value: ProductSort;
  label: string;
}

/** A labelled select of the orders a product list offers. */
export function SortSelect({
  value,
  options,
  onChange,
}: {
  value: ProductSort;
  options: readonly SortOption[];
  onChange: (sort: ProductSort) => void;
}) {
  const id = useId();
  return (
    <div className={styles.sort}>
      <label htmlFor={id}>Sort by</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as ProductSort)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
