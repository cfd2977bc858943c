import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '@/components/button';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import { isPriceInput } from '@/lib/money';
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
}

export function CatalogFilters({ params, onChange, onClear }: CatalogFiltersProps) {
  // On narrow screens the filters fold away above the grid; on wide ones they're always open.
  const [open, setOpen] = useState(false);
  const bodyId = useId();
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
    <aside className={styles.filters} aria-labelledby="filters-heading">
      <div className={styles.heading}>
        <h2 id="filters-heading">Filters</h2>
        {active > 0 && (
          <Button variant="link" onClick={onClear}>
            Clear all
          </Button>
        )}
        <Button
          variant="secondary"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={`${open ? 'Hide' : 'Show'} filters${active > 0 ? ` (${active} active)` : ''}`}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide' : 'Show'}
          {active > 0 && ` (${active})`}
        </Button>
      </div>

      <div id={bodyId} className={styles.body} data-open={open || undefined}>
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
      </div>
    </aside>
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
  const invalid = (min.trim() !== '' && !isPriceInput(min)) || (max.trim() !== '' && !isPriceInput(max));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!invalid) onApply(min.trim(), max.trim());
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
            aria-invalid={min.trim() !== '' && !isPriceInput(min)}
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
            aria-invalid={max.trim() !== '' && !isPriceInput(max)}
            onChange={(event) => setMax(event.target.value)}
          />
        </div>
      </div>
      {invalid && (
        <p className={styles.hint} role="alert">
          Enter prices like 10 or 9.99.
        </p>
      )}
      <Button type="submit" variant="secondary" disabled={invalid}>
        Apply price
      </Button>
    </form>
  );
}
