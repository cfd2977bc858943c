import { useEffect } from 'react';
import { shortDescription } from '@/lib/page-description';

/** The description index.html ships with, which a page without its own gets back. */
const SHOP_DESCRIPTION = 'Storefront: shop the catalog.';

function descriptionTag(): HTMLMetaElement {
  let tag = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!tag) {
    tag = document.createElement('meta');
    tag.name = 'description';
    document.head.append(tag);
  }
  return tag;
}

export interface PageMetaProps {
  /** The whole `<title>`, e.g. "Walnut Desk — Storefront". */
  title: string;
  /** The page's meta description; cut to MAX_DESCRIPTION (160) characters. */
  description?: string;
}

/**
 * A page's `<title>` and meta description. The title is React's own `<title>` (hoisted into
 * the head); the description updates the one `<meta name="description">` of index.html, so
 * there is never a second, and goes back to the shop's when the page goes.
 */
export function PageMeta({ title, description }: PageMetaProps) {
  useEffect(() => {
    if (description === undefined) return;
    const tag = descriptionTag();
    tag.content = shortDescription(description);
    return () => {
      tag.content = SHOP_DESCRIPTION;
    };
  }, [description]);
  return <title>{title}</title>;
}
