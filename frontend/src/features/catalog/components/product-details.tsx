import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/badge';
import { ErrorMessage } from '@/components/error-message';
import { Price } from '@/components/price';
import { PageMeta } from '@/components/page-meta';
import { ProductImage } from '@/components/product-image';
import { SkeletonBlock, SkeletonLine, SkeletonStatus } from '@/components/skeleton';
import imageStyles from '@/components/product-image.module.css';
import { graphql } from '@/graphql/generated';
import type { ProductPageQuery } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';
import { productPageKey, useLiveProduct } from '../hooks/use-live-product';
import styles from './product-details.module.css';

const ProductPageQuery = graphql(`
  query ProductPage($slug: String!) {
    product(slug: $slug) {
      id
      slug
      title
      description
      imageUrl
      tags
      stock
      inStock
      featured
      active
      price {
        amount
        currencyCode
      }
      category {
        id
        slug
        name
      }
    }
  }
`);

/** What the product page shows, for whatever the app puts on it (e.g. "Add to cart"). */
export type DetailsProduct = NonNullable<ProductPageQuery['product']>;

export interface ProductDetailsProps {
  slug: string;
  /** Controls under the price and stock (e.g. a quantity and "Add to cart"), composed in by the app. */
  renderActions?: (product: DetailsProduct) => ReactNode;
}

/** A product's page, looked up by its slug; a not-found state when there is no such product. */
export function ProductDetails({ slug, renderActions }: ProductDetailsProps) {
  const query = useQuery({
    queryKey: productPageKey(slug),
    queryFn: () => execute(ProductPageQuery, { slug }),
  });
  // Price, stock and availability follow the server while the page is open.
  useLiveProduct(slug, query.data?.product?.id);

  if (query.isPending) return <ProductDetailsSkeleton />;
  if (query.isError) {
    return (
      <ErrorMessage
        title="This product could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const product = query.data.product;
  if (!product) return <ProductNotFound />;
  // Taken off sale while the page was open (a live update): what was shown stays, marked so.
  const onSale = product.active;

  return (
    <article className={styles.product} aria-labelledby="product-title">
      <PageMeta title={`${product.title} — Storefront`} description={product.description} />
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <ol>
          <li>
            <Link to="/">Shop</Link>
          </li>
          {product.category && (
            <li>
              <Link to={`/category/${encodeURIComponent(product.category.slug)}`}>
                {product.category.name}
              </Link>
            </li>
          )}
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>

      <div className={styles.layout}>
        <div className={styles.media}>
          <ProductImage src={product.imageUrl} alt={product.title} title={product.title} priority />
        </div>

        <div className={styles.info}>
          {product.category && (
            <Link className={styles.category} to={`/category/${encodeURIComponent(product.category.slug)}`}>
              {product.category.name}
            </Link>
          )}
          <h1 id="product-title" className={styles.title}>
            {product.title}
          </h1>
          <Price price={product.price} className={styles.price} />
          <div className={styles.status}>
            <p className={styles.stock} data-in-stock={(onSale && product.inStock) || undefined}>
              {!onSale ? 'No longer on sale' : product.inStock ? `${product.stock} in stock` : 'Sold out'}
            </p>
            {product.featured && <Badge tone="accent">Featured</Badge>}
          </div>
          {onSale && renderActions?.(product)}
          <div className={styles.description}>
            <h2 className="visually-hidden">Description</h2>
            {product.description
              .split(/\n{2,}/)
              .filter((paragraph) => paragraph.trim())
              .map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
          </div>
          {product.tags.length > 0 && (
            <div>
              <h2 className={styles.tagsHeading}>Tags</h2>
              <ul className={styles.tags} aria-label="Tags">
                {product.tags.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </article>
  );
}

/** The page's shape while the product loads: breadcrumb, image, title, price and the add-to-cart row. */
function ProductDetailsSkeleton() {
  return (
    <SkeletonStatus label="Loading product" className={styles.product}>
      <div className={styles.breadcrumb}>
        <SkeletonLine width="12rem" />
      </div>
      <div className={styles.layout}>
        <div className={styles.media}>
          <SkeletonBlock className={imageStyles.frame} style={{ borderRadius: 0 }} />
        </div>
        <div className={styles.info}>
          <SkeletonLine width="6rem" />
          <div className={styles.title} style={{ width: '100%' }}>
            <SkeletonLine width="70%" />
          </div>
          <div className={styles.price}>
            <SkeletonLine width="5rem" />
          </div>
          <SkeletonLine width="7rem" />
          <SkeletonBlock style={{ width: '16rem', height: '2.5rem' }} />
        </div>
      </div>
    </SkeletonStatus>
  );
}

function ProductNotFound() {
  return (
    <section className={styles.notFound} aria-labelledby="product-not-found">
      <PageMeta title="Product not found — Storefront" />
      <h1 id="product-not-found">Product not found</h1>
      <p>This product doesn&apos;t exist or is no longer on sale.</p>
      <Link to="/">Back to the shop</Link>
    </section>
  );
}
