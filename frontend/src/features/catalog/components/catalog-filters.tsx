import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '@/components/error-message';
import { FiltersDrawer } from '@/components/filters-drawer';
import { PriceRangeForm } from '@/components/price-range-form';
import { Spinner } from '@/components/spinner';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import { priceRangeProblem } from '@/lib/price-range';
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

      <PriceRangeForm
        // Re-mount with the address's values when they change elsewhere (back button, clear).
        key={`${params.minPrice}|${params.maxPrice}`}
        legend="Price"
        minPrice={params.minPrice}
        maxPrice={params.maxPrice}
        checkNow={priceRangeProblem(params.minPrice, params.maxPrice) === 'order'}
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
