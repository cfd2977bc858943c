import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';

const CategoryPageQuery = graphql(`
  query CategoryPage($slug: String!) {
    category(slug: $slug) {
      id
      slug
      name
      description
      productCount
    }
  }
`);

/** A category by its slug, for its landing page; `data.category` is null when there is none. */
export function useCategory(slug: string) {
  return useQuery({
    queryKey: ['catalog', 'category', slug],
    queryFn: () => execute(CategoryPageQuery, { slug }),
    staleTime: 5 * 60_000,
  });
}

/**
 * The meta description of a category's landing page: the category's own description, or, for a
 * category that has none, a plain line naming it (never a claim the shop didn't make).
 */
export function categoryMetaDescription(category: { name: string; description?: string | null }): string {
  return category.description?.trim() || `Browse ${category.name} at Storefront.`;
}
