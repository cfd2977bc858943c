import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/error-message';
import { PageMeta } from '@/components/page-meta';
import type { CardProduct } from '@/components/product-card';
import { Spinner } from '@/components/spinner';
import { categoryMetaDescription, useCategory } from '../hooks/use-category';
import { CatalogPage } from './catalog-page';
import styles from './product-details.module.css';

export interface CategoryPageProps {
  slug: string;
  renderCardActions?: (product: CardProduct) => ReactNode;
}

/** A category's landing page: its name, its description (when it has one) and its products, filtered and sorted. */
export function CategoryPage({ slug, renderCardActions }: CategoryPageProps) {
  const query = useCategory(slug);

  if (query.isPending) return <Spinner label="Loading category" />;
  if (query.isError) {
    return (
      <ErrorMessage
        title="This category could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const category = query.data.category;
  if (!category) {
    return (
      <section className={styles.notFound} aria-labelledby="category-not-found">
        <PageMeta title="Category not found — Storefront" />
        <h1 id="category-not-found">Category not found</h1>
        <p>There is no such category in the shop.</p>
        <Link to="/">Browse all products</Link>
      </section>
    );
  }
  return (
    <>
      <PageMeta title={`${category.name} — Storefront`} description={categoryMetaDescription(category)} />
      <CatalogPage
        category={{ slug: category.slug, name: category.name, description: category.description ?? null }}
        renderCardActions={renderCardActions}
      />
    </>
  );
}
