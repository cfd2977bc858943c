import type { ReactNode } from 'react';
import styles from './amounts.module.css';

export interface AmountRow {
  label: string;
  /** The amount, usually a `<Price>`; any text (e.g. "Free") will do. */
  value: ReactNode;
}

/** A summary's amounts, one label and value a row; the last row, the total, stands out. */
export function Amounts({ rows, total }: { rows: readonly AmountRow[]; total: AmountRow }) {
  return (
    <dl className={styles.amounts}>
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
      <div className={styles.total}>
        <dt>{total.label}</dt>
        <dd>{total.value}</dd>
      </div>
    </dl>
  );
}
