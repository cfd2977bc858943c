import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Badge } from '@/components/badge';
import { Button } from '@/components/button';
import { Price } from '@/components/price';
import { Spinner } from '@/components/spinner';
import { graphql } from '@/graphql/generated';
import type { ProductFilter } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';
import { AdminError } from '@/components/admin-error';
import { DeleteProductButton } from './delete-product-button';
import { RestoreProductButton } from './restore-product-button';
import table from '@/components/data-table.module.css';
import styles from './admin-page.module.css';

export const ADMIN_PAGE_SIZE = 50;

const AdminProductsDocument = graphql(`
  query AdminProducts($filter: ProductFilter, $first: Int, $after: String) {
    products(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        slug
        title
        price {
          amount
          currencyCode
        }
        stock
        active
        featured
      }
    }
  }
`);

/** Every product, on sale or not, newest first, with a search and links to change them. */
export function AdminProductsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q')?.trim() ?? '';
  const filter = useMemo<ProductFilter>(
    () => (query ? { query, includeInactive: true } : { includeInactive: true }),
    [query],
  );

  const products = useInfiniteQuery({
    queryKey: ['admin', 'products', { query }],
    queryFn: ({ pageParam }) =>
      execute(AdminProductsDocument, { filter, first: ADMIN_PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.products.pageInfo.hasNextPage ? (last.products.pageInfo.endCursor ?? undefined) : undefined,
    staleTime: 0,
  });

  const items = useMemo(() => {
    const seen = new Set<string>();
    return (products.data?.pages ?? [])
      .flatMap((page) => page.products.nodes)
      .filter((node) => !seen.has(node.id) && Boolean(seen.add(node.id)));
  }, [products.data]);
  const totalCount = products.data?.pages.at(-1)?.products.totalCount ?? 0;

  return (
    <section className={styles.page} aria-labelledby="admin-products-title">
      <div className={styles.heading}>
        <h1 id="admin-products-title">Products</h1>
        <Link to="/admin/products/new" className={styles.primaryLink}>
          New product
        </Link>
      </div>
      <SavedNotice />

      <SearchForm
        key={query}
        initial={query}
        onSearch={(text) => setSearchParams(text ? { q: text } : {}, { replace: true })}
      />

      <div aria-busy={products.isFetching} className={styles.results}>
        <p className={styles.count} aria-live="polite">
          {products.isSuccess && `Showing ${items.length} of ${totalCount} products`}
        </p>

        {products.isPending && <Spinner label="Loading products" />}
        {products.isError && !products.data && (
          <AdminError
            title="Products could not be loaded"
            error={products.error}
            onRetry={() => void products.refetch()}
          />
        )}
        {products.isSuccess && items.length === 0 && (
          <p className={styles.empty}>{query ? `No products match “${query}”.` : 'No products yet.'}</p>
        )}

        {items.length > 0 && (
          <div className={table.wrap}>
            <table className={table.table}>
              <caption className="visually-hidden">Products</caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Slug</th>
                  <th scope="col" className={table.number}>
                    Price
                  </th>
                  <th scope="col" className={table.number}>
                    Stock
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Featured</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((product) => (
                  <tr key={product.id}>
                    <th scope="row">
                      <Link to={`/admin/products/${encodeURIComponent(product.id)}/edit`}>
                        {product.title}
                      </Link>
                    </th>
                    <td className={styles.slug}>{product.slug}</td>
                    <td className={table.number}>
                      <Price price={product.price} />
                    </td>
                    <td className={table.number}>{product.stock}</td>
                    <td>
                      {product.active ? (
                        <Badge tone="success">Active</Badge>
                      ) : (
                        <Badge tone="muted">Archived</Badge>
                      )}
                    </td>
                    <td>{product.featured ? 'Yes' : 'No'}</td>
                    <td>
                      <div className={styles.actions}>
                        <Link
                          to={`/admin/products/${encodeURIComponent(product.id)}/edit`}
                          aria-label={`Edit ${product.title}`}
                        >
                          Edit
                        </Link>
                        {product.active ? (
                          <DeleteProductButton product={product} variant="link" />
                        ) : (
                          <RestoreProductButton product={product} variant="link" />
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        {products.isFetchNextPageError && (
          <AdminError
            title="More products could not be loaded"
            error={products.error}
            onRetry={() => void products.fetchNextPage()}
          />
        )}
        {products.hasNextPage && !products.isFetchNextPageError && (
          <div className={styles.more}>
            <Button
              variant="secondary"
              onClick={() => void products.fetchNextPage()}
              disabled={products.isFetchingNextPage}
            >
              {products.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}

/** What the last save, creation or deletion did (from the form that did it), until dismissed. */
function SavedNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const state: unknown = location.state;
  const notice =
    typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string'
      ? state.notice
      : undefined;
  return (
    <div role="status">
      {notice && (
        <div className={styles.notice}>
          <p>{notice}</p>
          <Button
            variant="link"
            // Forgets the notice, so neither a reload nor going back shows it again.
            onClick={() => void navigate(location.pathname + location.search, { replace: true, state: null })}
          >
            Dismiss
          </Button>
        </div>
      )}
    </div>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(initial);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(text.trim());
  }

  return (
    <form role="search" className={styles.search} onSubmit={submit}>
      <label htmlFor="admin-product-search" className="visually-hidden">
        Search products
      </label>
      <input
        id="admin-product-search"
        type="search"
        placeholder="Search by title, description, category or tag"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
