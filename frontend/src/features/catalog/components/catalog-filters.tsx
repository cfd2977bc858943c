import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '@/components/button';
import { ErrorMessage } from '@/components/error-message';
import { FiltersDrawer } from '@/components/filters-drawer';
import { Spinner } from '@/components/spinner';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import { isPriceInput } from '@/lib/money';
import { priceRangeProblem } from '../utils/price-range';
import { activeFilterCount, type CatalogParams } from '../hooks/use-catalog-params';
import styles from './catalog-filters.module.css';

const CatalogCategoriesQuery = graphql(`
  query CatalogCategories {
    categories {
      id
      slug
      name
      productCount
    }
  }
`);

export interface CatalogFiltersProps {
  params: CatalogParams;
  onChange: (patch: Partial<CatalogParams>) => void;
  onClear: () => void;
  /** How many products the filters give now; undefined while they are counted. */
  resultCount: number | undefined;
  className?: string;
}

export function CatalogFilters({ params, onChange, onClear, resultCount, className }: CatalogFiltersProps) {
  const active = activeFilterCount(params);
  const categories = useQuery({
    queryKey: ['catalog', 'categories'],
    queryFn: () => execute(CatalogCategoriesQuery),
    staleTime: 5 * 60_000,
  });

  function toggleCategory(slug: string, checked: boolean) {
    const rest = params.categories.filter((s) => s !== slug);
    onChange({ categories: checked ? [...rest, slug] : rest });
  }

  return (
    // On narrow screens the filters open as a sheet over the page; on wide ones they sit beside the grid.
    <FiltersDrawer
      title="Filters"
      active={active}
      onClear={onClear}
      resultCount={resultCount}
      className={className}
    >
      <fieldset className={styles.group}>
        <legend>Category</legend>
        {categories.isPending && <Spinner size="small" label="Loading categories" />}
        {categories.isError && (
          <ErrorMessage
            title="Categories could not be loaded"
            error={categories.error}
            onRetry={() => void categories.refetch()}
          />
        )}
        {categories.data && (
          <ul className={styles.options}>
            {categories.data.categories.map((category) => (
              <li key={category.id}>
                <label className={styles.check}>
                  <input
                    type="checkbox"
                    name="category"
                    value={category.slug}
                    checked={params.categories.includes(category.slug)}
                    onChange={(event) => toggleCategory(category.slug, event.target.checked)}
                  />
                  <span className={styles.optionName}>{category.name}</span>{' '}
                  <span className={styles.count}>{`(${category.productCount})`}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <PriceRange
        // Re-mount with the address's values when they change elsewhere (back button, clear).
        key={`${params.minPrice}|${params.maxPrice}`}
        minPrice={params.minPrice}
        maxPrice={params.maxPrice}
        onApply={(minPrice, maxPrice) => onChange({ minPrice, maxPrice })}
      />

      <fieldset className={styles.group}>
        <legend>Availability</legend>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={params.inStock}
            onChange={(event) => onChange({ inStock: event.target.checked })}
          />
          <span className={styles.optionName}>In stock only</span>
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={params.featured}
            onChange={(event) => onChange({ featured: event.target.checked })}
          />
          <span className={styles.optionName}>Featured only</span>
        </label>
      </fieldset>
    </FiltersDrawer>
  );
}

interface PriceRangeProps {
  minPrice: string;
  maxPrice: string;
  onApply: (minPrice: string, maxPrice: string) => void;
}

/** Min/max price inputs, applied together on submit so typing doesn't fire a request per key. */
function PriceRange({ minPrice, maxPrice, onApply }: PriceRangeProps) {
  const id = useId();
  const [min, setMin] = useState(minPrice);
  const [max, setMax] = useState(maxPrice);
  const problem = priceRangeProblem(min, max);
  // A range the wrong way round is only pointed out on "Apply": mid-typing ("1" of "150") it is normal.
  const [checked, setChecked] = useState(false);
  const invalid = problem === 'format' || (checked && problem === 'order');

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!problem) onApply(min.trim(), max.trim());
  }

  return (
    <form className={styles.group} onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className={styles.legend}>
        Price
      </p>
      <div className={styles.priceRow}>
        <div className={styles.priceField}>
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
        <div className={styles.priceField}>
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
