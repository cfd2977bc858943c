import { useId } from 'react';
import type { ProductSort } from '@/graphql/generated/graphql';
import { SEARCH_SORT_OPTIONS } from '../hooks/use-search-page-params';
import styles from './search-page.module.css';

export function SearchSortSelect({
  value,
  onChange,
}: {
  value: ProductSort;
  onChange: (sort: ProductSort) => void;
}) {
  const id = useId();
  return (
    <div className={styles.sort}>
      <label htmlFor={id}>Sort by</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as ProductSort)}>
        {SEARCH_SORT_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
