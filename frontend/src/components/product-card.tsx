import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '@/graphql/generated';
import type { ProductCardFieldsFragment } from '@/graphql/generated/graphql';
import { Badge } from './badge';
import { Price } from './price';
import { ProductImage } from './product-image';
import { SkeletonBlock, SkeletonLine } from './skeleton';
import imageStyles from './product-image.module.css';
import { StockBadge } from './stock-badge';
import styles from './product-card.module.css';

const ProductCardFragment = graphql(`
  fragment ProductCardFields on Product {
    id
    slug
    title
    imageUrl
    inStock
    featured
    price {
      amount
      currencyCode
    }
    category {
      id
      name
    }
  }
`);

/**
 * What a card shows of a product, for whatever the app puts on the card (e.g. "Add to cart").
 * Shared by the catalog and search, whose queries both spread `ProductCardFields`.
 */
export type CardProduct = ProductCardFieldsFragment;

export interface ProductCardProps {
  product: FragmentType<typeof ProductCardFragment>;
  /** Controls at the foot of the card, above its whole-card link; the app decides what they are. */
  renderActions?: (product: CardProduct) => ReactNode;
  /** The card is in the first row of the page: its image loads at once, first. */
  priority?: boolean;
}

export function ProductCard(props: ProductCardProps) {
  const product = useFragment(ProductCardFragment, props.product);
  return (
    <article className={styles.card} data-sold-out={!product.inStock || undefined}>
      <ProductImage src={product.imageUrl} alt="" title={product.title} priority={props.priority} />
      <div className={styles.body}>
        {product.category && <p className={styles.category}>{product.category.name}</p>}
        <h3 className={styles.title}>
          <Link to={`/products/${encodeURIComponent(product.slug)}`} className={styles.link}>
            {product.title}
          </Link>
        </h3>
        <div className={styles.footer}>
          <Price price={product.price} className={styles.price} />
          <span className={styles.badges}>
            {product.featured && <Badge tone="accent">Featured</Badge>}
            <StockBadge inStock={product.inStock} />
          </span>
        </div>
        {props.renderActions && <div className={styles.actions}>{props.renderActions(product)}</div>}
      </div>
    </article>
  );
}

/** A card's shape while it loads: the same frame, paddings and line heights as a real card. */
export function ProductCardSkeleton({ withActions }: { withActions: boolean }) {
  return (
    <div className={styles.card} data-skeleton="">
      <SkeletonBlock className={imageStyles.frame} style={{ borderRadius: 0 }} />
      <div className={styles.body}>
        <div className={styles.category}>
          <SkeletonLine width="40%" />
        </div>
        <div className={styles.title}>
          <SkeletonLine width="80%" />
        </div>
        <div className={styles.footer}>
          <span className={styles.price}>
            <SkeletonLine width="4rem" />
          </span>
        </div>
        {withActions && (
          <div className={styles.actions}>
            <SkeletonBlock style={{ height: '2.5rem', width: '100%' }} />
          </div>
        )}
      </div>
    </div>
  );
}
