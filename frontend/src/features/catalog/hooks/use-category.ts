import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';

const CategoryPageQuery = graphql(`
  query CategoryPage($slug: String!) {
    category(slug: $slug) {
      id
      slug
      name
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

/** What a category's landing page says about it, under its name. */
export function categoryDescription(category: { name: string; productCount: number }): string {
  const count = category.productCount === 1 ? 'one product' : `all ${category.productCount} products`;
  return `${category.name} at Storefront: ${count}, ready to ship.`;
}
