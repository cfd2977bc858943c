import { useId } from 'react';
import { FiltersDrawer } from '@/components/filters-drawer';
import { PriceRangeForm } from '@/components/price-range-form';
import type { SearchProductsQuery } from '@/graphql/generated/graphql';
import { activeFilterCount, type SearchPageParams } from '../hooks/use-search-page-params';
import { bucketLabel, bucketSelection, isBucketSelected } from '../utils/price-buckets';
import styles from './search-facets.module.css';

export type Facets = NonNullable<SearchProductsQuery['search']['facets']>;

export interface SearchFacetsProps {
  facets: Facets;
  params: SearchPageParams;
  /** The currency of the prices, for the price buckets' labels; plain numbers without it. */
  currencyCode: string | undefined;
  onChange: (patch: Partial<SearchPageParams>) => void;
  onClear: () => void;
  /** How many results the refinements give now; undefined while they are counted. */
  resultCount: number | undefined;
  className?: string;
}

/**
 * Refinements with how many results each would give. The counts are disjunctive (each facet
 * counts as if its own selection were not made), so every category stays listed when one is ticked.
 */
export function SearchFacets({
  facets,
  params,
  currencyCode,
  onChange,
  onClear,
  resultCount,
  className,
}: SearchFacetsProps) {
  const id = useId();
  const active = activeFilterCount(params);

  // A ticked category the search no longer finds anything in stays listed, so it can be unticked.
  const categories = [
    ...facets.categories.map(({ category, count }) => ({ slug: category.slug, name: category.name, count })),
    ...params.categories
      .filter((slug) => !facets.categories.some((facet) => facet.category.slug === slug))
      .map((slug) => ({ slug, name: slug, count: 0 })),
  ];
  const anyPrice = !params.minPrice && !params.maxPrice;

  function toggleCategory(slug: string, checked: boolean) {
    const rest = params.categories.filter((s) => s !== slug);
    onChange({ categories: checked ? [...rest, slug] : rest });
  }

  return (
    // On narrow screens the refinements open as a sheet over the page; on wide ones they sit beside the grid.
    <FiltersDrawer
      title="Refine"
      active={active}
      onClear={onClear}
      resultCount={resultCount}
      className={className}
    >
      {categories.length > 0 && (
        <fieldset className={styles.group}>
          <legend>Category</legend>
          <ul className={styles.options}>
            {categories.map(({ slug, name, count }) => (
              <li key={slug}>
                <label className={styles.option}>
                  <input
                    type="checkbox"
                    name="category"
                    value={slug}
                    checked={params.categories.includes(slug)}
                    onChange={(event) => toggleCategory(slug, event.target.checked)}
                  />
                  <span className={styles.name}>{name}</span>{' '}
                  <span className={styles.count}>{`(${count})`}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <fieldset className={styles.group}>
        <legend>Price</legend>
        <ul className={styles.options}>
          <li>
            <label className={styles.option}>
              <input
                type="radio"
                name={`${id}price`}
                checked={anyPrice}
                onChange={() => onChange({ minPrice: '', maxPrice: '' })}
              />
              <span className={styles.name}>Any price</span>
            </label>
          </li>
          {facets.priceRanges.map((bucket) => {
            const selected = isBucketSelected(bucket, params);
            return (
              <li key={`${bucket.min}-${bucket.max}`}>
                <label className={styles.option} data-empty={bucket.count === 0 || undefined}>
                  <input
                    type="radio"
                    name={`${id}price`}
                    checked={selected}
                    disabled={bucket.count === 0 && !selected}
                    onChange={() => onChange(bucketSelection(bucket))}
                  />
                  <span className={styles.name}>{bucketLabel(bucket, currencyCode)}</span>{' '}
                  <span className={styles.count}>{`(${bucket.count})`}</span>
                </label>
              </li>
            );
          })}
        </ul>
        <PriceRangeForm
          // Re-mount with the address's values when they change elsewhere (a bucket, back, clear).
          key={`${params.minPrice}|${params.maxPrice}`}
          legend="Your own range"
          minPrice={params.minPrice}
          maxPrice={params.maxPrice}
          onApply={(minPrice, maxPrice) => onChange({ minPrice, maxPrice })}
        />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Availability</legend>
        <label className={styles.option}>
          <input
            type="checkbox"
            checked={params.inStock}
            onChange={(event) => onChange({ inStock: event.target.checked })}
          />
          <span className={styles.name}>In stock only</span>{' '}
          <span className={styles.count}>{`(${facets.inStock})`}</span>
        </label>
      </fieldset>
    </FiltersDrawer>
  );
}
