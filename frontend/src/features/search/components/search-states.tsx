import { Link } from 'react-router';
import { Button } from '@/components/button';
import styles from './search-page.module.css';

/** `/search` with nothing to search for. */
export function BlankSearch() {
  return (
    <section className={styles.state} aria-labelledby="blank-search-heading">
      <title>Search — Storefront</title>
      <h1 id="blank-search-heading">Search the shop</h1>
      <p>Type what you&apos;re looking for in the search box at the top of the page.</p>
      <Link to="/">Browse all products</Link>
    </section>
  );
}

export interface NoResultsProps {
  query: string;
  /** Whether refinements are set, so clearing them might help. */
  filtered: boolean;
  onClearFilters: () => void;
}

/** A search that found nothing, with ways forward. */
export function NoResults({ query, filtered, onClearFilters }: NoResultsProps) {
  return (
    <div className={styles.state}>
      <p className={styles.stateTitle}>{`No products match “${query}”`}</p>
      <ul className={styles.tips} aria-label="Search tips">
        <li>Check the spelling, or try a similar word.</li>
        <li>Use fewer words, or more general ones.</li>
        {filtered && (
          <li>
            Remove a refinement, or{' '}
            <Button variant="link" onClick={onClearFilters}>
              clear them all
            </Button>
            .
          </li>
        )}
      </ul>
      <Link to="/">Browse all products</Link>
    </div>
  );
}

/** A price range the wrong way round, from the page address: said here instead of sent to be refused. */
export function BackwardsPriceRange({ onClearPrice }: { onClearPrice: () => void }) {
  return (
    <div className={styles.state} role="alert">
      <p className={styles.stateTitle}>The min price is above the max price, so no product can match.</p>
      <Button variant="secondary" onClick={onClearPrice}>
        Clear the price
      </Button>
    </div>
  );
}
