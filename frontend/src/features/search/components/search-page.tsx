import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { ErrorMessage } from '@/components/error-message';
import { PageMeta } from '@/components/page-meta';
import type { CardProduct } from '@/components/product-card';
import { FiltersDrawerSkeleton } from '@/components/filters-drawer';
import { ProductGrid, ProductGridSkeleton } from '@/components/product-grid';
import { SortSelect } from '@/components/sort-select';
import { priceRangeProblem } from '@/lib/price-range';
import {
  activeFilterCount,
  SEARCH_SORT_OPTIONS,
  searchPath,
  type SearchPageParams,
  useSearchPageParams,
} from '../hooks/use-search-page-params';
import { useSearchResults } from '../hooks/use-search-results';
import { SearchFacets } from './search-facets';
import { BackwardsPriceRange, BlankSearch, NoResults } from './search-states';
import styles from './search-page.module.css';

export interface SearchPageProps {
  /** Controls for each product card (e.g. "Add to cart"), composed in by the app. */
  renderCardActions?: (product: CardProduct) => ReactNode;
}

/** The results of a search (`/search?q=…`): facets to refine it, a sort, and a grid that loads more. */
export function SearchPage({ renderCardActions }: SearchPageProps = {}) {
  const { params, update, clearFilters } = useSearchPageParams();
  if (!params.q) return <BlankSearch />;
  return (
    <SearchResults
      params={params}
      onChange={update}
      onClear={clearFilters}
      renderCardActions={renderCardActions}
    />
  );
}

interface SearchResultsProps extends SearchPageProps {
  params: SearchPageParams;
  onChange: (patch: Partial<SearchPageParams>) => void;
  onClear: () => void;
}

function SearchResults({ params, onChange, onClear, renderCardActions }: SearchResultsProps) {
  // A range the wrong way round (typed into the address) is said here, not sent to be refused.
  const backwards = priceRangeProblem(params.minPrice, params.maxPrice) === 'order';
  const { search, items: found, first, totalCount } = useSearchResults(params, { enabled: !backwards });
  const items = backwards ? [] : found;
  const { q: query, sort } = params;
  const settled = search.isSuccess && !search.isPlaceholderData;
  const updating = search.isPlaceholderData;
  const filtered = activeFilterCount(params) > 0;
  const showFacets = !backwards && first?.facets && (totalCount > 0 || filtered);
  // The first answer is awaited in a page of its final shape: facets, toolbar and grid to come.
  const pending = search.isPending && !backwards;

  return (
    <div className={styles.page} data-facets={showFacets || pending || undefined}>
      <PageMeta
        title={`Search results for “${query}” — Storefront`}
        description={`Products at Storefront matching “${query}”.`}
      />
      <div className={styles.intro}>
        <h1>
          {backwards
            ? `No results for “${query}”`
            : search.isSuccess
              ? `${totalCount} ${totalCount === 1 ? 'result' : 'results'} for “${query}”`
              : `Searching for “${query}”…`}
        </h1>
        {!backwards && first?.didYouMean && (
          <p className={styles.didYouMean}>
            Did you mean <Link to={searchPath(first.didYouMean)}>{first.didYouMean}</Link>?
          </p>
        )}
      </div>

      {pending && <FiltersDrawerSkeleton title="Refine" className={styles.facets} />}
      {showFacets && first.facets && (
        <SearchFacets
          className={styles.facets}
          resultCount={settled ? totalCount : undefined}
          facets={first.facets}
          params={params}
          currencyCode={items[0]?.price.currencyCode}
          onChange={onChange}
          onClear={onClear}
        />
      )}

      <section
        className={styles.results}
        aria-labelledby="results-heading"
        aria-busy={search.isFetching}
        data-updating={updating || undefined}
      >
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>

        {(pending || items.length > 0) && (
          <div className={styles.toolbar}>
            <p className={styles.count} aria-live="polite">
              {items.length > 0 && `Showing ${items.length} of ${totalCount} products`}
            </p>
            <SortSelect
              value={sort}
              options={SEARCH_SORT_OPTIONS}
              onChange={(next) => onChange({ sort: next })}
            />
          </div>
        )}

        {pending && <ProductGridSkeleton label="Searching" withActions={Boolean(renderCardActions)} />}

        {backwards && <BackwardsPriceRange onClearPrice={() => onChange({ minPrice: '', maxPrice: '' })} />}

        {search.isError && !search.data && (
          <ErrorMessage
            title="The search could not be completed"
            error={search.error}
            onRetry={() => void search.refetch()}
          />
        )}

        {!backwards && settled && items.length === 0 && (
          <NoResults query={query} filtered={filtered} onClearFilters={onClear} />
        )}

        {items.length > 0 && <ProductGrid products={items} renderCardActions={renderCardActions} />}

        {search.isFetchNextPageError && (
          <ErrorMessage
            title="More results could not be loaded"
            error={search.error}
            onRetry={() => void search.fetchNextPage()}
          />
        )}

        {!backwards && search.hasNextPage && !search.isFetchNextPageError && (
          <div className={styles.more}>
            <Button
              variant="secondary"
              onClick={() => void search.fetchNextPage()}
              disabled={search.isFetchingNextPage || search.isPlaceholderData}
            >
              {search.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
