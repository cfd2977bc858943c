let sequence = 0;

export interface ProductFixture {
  __typename?: 'Product';
  id: string;
  slug: string;
  title: string;
  description: string;
  imageUrl: string | null;
  tags: string[];
  stock: number;
  inStock: boolean;
  featured: boolean;
  price: { amount: string; currencyCode: string };
  category: { id: string; slug: string; name: string } | null;
}

export function product(overrides: Partial<ProductFixture> = {}): ProductFixture {
  sequence += 1;
  const stock = overrides.stock ?? 12;
  return {
    id: String(sequence),
    slug: `product-${sequence}`,
    title: `Product ${sequence}`,
    description: `Description of product ${sequence}.`,
    imageUrl: null,
    tags: [],
    stock,
    inStock: stock > 0,
    featured: false,
    price: { amount: '10.00', currencyCode: 'USD' },
    category: { id: 'c1', slug: 'audio', name: 'Audio' },
    ...overrides,
  };
}

export function products(count: number, overrides: Partial<ProductFixture> = {}): ProductFixture[] {
  return Array.from({ length: count }, () => product(overrides));
}

/** A `products` connection page as the API returns it. */
export function productPage(
  nodes: ProductFixture[],
  { totalCount = nodes.length, hasNextPage = false }: { totalCount?: number; hasNextPage?: boolean } = {},
) {
  return {
    data: {
      products: {
        totalCount,
        pageInfo: { hasNextPage, endCursor: nodes.length ? `cursor-${nodes.at(-1)!.id}` : null },
        nodes,
      },
    },
  };
}

export const categories = {
  data: {
    categories: [
      { id: 'c1', slug: 'audio', name: 'Audio', productCount: 12 },
      { id: 'c2', slug: 'kitchen', name: 'Kitchen', productCount: 8 },
      { id: 'c3', slug: 'outdoor', name: 'Outdoor', productCount: 0 },
    ],
  },
};
