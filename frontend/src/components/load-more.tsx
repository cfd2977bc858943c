import { Button } from './button';
import { ErrorMessage } from './error-message';
import styles from './load-more.module.css';

export interface LoadMoreProps {
  /** The list's infinite query, as TanStack Query returns it. */
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    error: unknown;
    fetchNextPage: () => unknown;
  };
  /** What failed when a page could not be read, e.g. "More orders could not be loaded". */
  failure: string;
}

/** "Load more" under a cursor-paged list, or why the next page failed with a retry. */
export function LoadMore({ query, failure }: LoadMoreProps) {
  if (query.isFetchNextPageError) {
    return <ErrorMessage title={failure} error={query.error} onRetry={() => void query.fetchNextPage()} />;
  }
  if (!query.hasNextPage) return null;
  return (
    <div className={styles.more}>
      <Button
        variant="secondary"
        onClick={() => void query.fetchNextPage()}
        disabled={query.isFetchingNextPage}
      >
        {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
      </Button>
    </div>
  );
}
