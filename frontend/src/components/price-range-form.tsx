import { type FormEvent, useId, useState } from 'react';
import { isPriceInput } from '@/lib/money';
import { priceRangeProblem } from '@/lib/price-range';
import { Button } from './button';
import styles from './price-range-form.module.css';

export interface PriceRangeFormProps {
  /** What the form is called above its fields, e.g. "Price" or "Your own range". */
  legend: string;
  minPrice: string;
  maxPrice: string;
  /** Called with the trimmed prices once they make a range; never with one the wrong way round. */
  onApply: (minPrice: string, maxPrice: string) => void;
  /** Points out a range the wrong way round from the start (it came in the page address). */
  checkNow?: boolean;
}

/**
 * Min/max price inputs, applied together on submit so typing doesn't fire a request per key.
 * A price that is no price, or a min above the max, is said on the fields and never applied:
 * the API would only refuse it.
 */
export function PriceRangeForm({
  legend,
  minPrice,
  maxPrice,
  onApply,
  checkNow = false,
}: PriceRangeFormProps) {
  const id = useId();
  const [min, setMin] = useState(minPrice);
  const [max, setMax] = useState(maxPrice);
  const problem = priceRangeProblem(min, max);
  // A range the wrong way round is only pointed out on "Apply": mid-typing ("1" of "150") it is normal.
  const [checked, setChecked] = useState(checkNow);
  const invalid = problem === 'format' || (checked && problem === 'order');

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!problem) onApply(min.trim(), max.trim());
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className={styles.legend}>
        {legend}
      </p>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-min`}>Min price</label>
          <input
            id={`${id}-min`}
            name="minPrice"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder="0"
            value={min}
            aria-invalid={(min.trim() !== '' && !isPriceInput(min)) || (invalid && problem === 'order')}
            aria-describedby={invalid ? `${id}-hint` : undefined}
            onChange={(event) => setMin(event.target.value)}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-max`}>Max price</label>
          <input
            id={`${id}-max`}
            name="maxPrice"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder="Any"
            value={max}
            aria-invalid={(max.trim() !== '' && !isPriceInput(max)) || (invalid && problem === 'order')}
            aria-describedby={invalid ? `${id}-hint` : undefined}
            onChange={(event) => setMax(event.target.value)}
          />
        </div>
      </div>
      {invalid && (
        <p id={`${id}-hint`} className={styles.hint} role="alert">
          {problem === 'order'
            ? 'The min price must not be above the max price.'
            : 'Enter prices like 10 or 9.99.'}
        </p>
      )}
      <Button type="submit" variant="secondary" disabled={problem === 'format'}>
        Apply price
      </Button>
    </form>
  );
}
