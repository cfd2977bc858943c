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
  /** On sale; shoppers are sent only products on sale, but a live update may say one went off sale. */
  active: boolean;
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
    active: true,
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

export interface CustomerFixture {
  id: string;
  email: string;
  name: string;
  roles: ('SHOPPER' | 'ADMIN')[];
}

export function customer(overrides: Partial<CustomerFixture> = {}): CustomerFixture {
  return { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace', roles: ['SHOPPER'], ...overrides };
}

export function admin(overrides: Partial<CustomerFixture> = {}): CustomerFixture {
  return customer({
    id: 'u0',
    email: 'admin@storefront.test',
    name: 'Grace Admin',
    roles: ['SHOPPER', 'ADMIN'],
    ...overrides,
  });
}

/** A `me` answer: the signed-in customer, or nobody. */
export function me(signedIn: CustomerFixture | null) {
  return { data: { me: signedIn } };
}

/** A product as the admin's edit form loads it (`product(id:)`), inactive ones included. */
export function adminProduct(
  overrides: Partial<ProductFixture & { active: boolean; updatedAt: string }> = {},
) {
  return {
    ...product(overrides),
    active: true,
    updatedAt: '2026-11-21T08:15:30.123Z',
    ...overrides,
  };
}

/** A mutation payload with user errors and nothing saved. */
export function userErrors(...errors: { code: string; field?: string[] | null; message: string }[]) {
  return errors.map((error) => ({ field: null, ...error }));
}

/** Cents from an exact decimal string, so fixtures can add prices up without floats. */
function cents(amount: string): number {
  const [whole, fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(`${fraction}00`.slice(0, 2));
}

function amount(totalCents: number): string {
  return `${Math.floor(totalCents / 100)}.${String(totalCents % 100).padStart(2, '0')}`;
}

function usd(value: string) {
  return { amount: value, currencyCode: 'USD' };
}

export interface CartLineFixture {
  id: string;
  quantity: number;
  buyableQuantity: number;
  unitPrice: { amount: string; currencyCode: string };
  lineTotal: { amount: string; currencyCode: string };
  problem: { code: string; message: string } | null;
  product: Pick<ProductFixture, 'id' | 'slug' | 'title' | 'imageUrl' | 'inStock' | 'stock' | 'price'>;
}

/**
 * A cart line of `quantity` items of a product, priced as the API does: it counts for what is in
 * stock (nothing when the override's problem says the product is off sale), and its line total
 * is the unit price times that.
 */
export function cartLine(
  of: ProductFixture,
  quantity: number,
  overrides: Partial<CartLineFixture> = {},
): CartLineFixture {
  const { id, slug, title, imageUrl, inStock, stock, price } = of;
  const offSale = overrides.problem?.code === 'PRODUCT_UNAVAILABLE';
  const buyableQuantity = overrides.buyableQuantity ?? (offSale ? 0 : Math.min(quantity, stock));
  return {
    id: `line-${id}`,
    quantity,
    buyableQuantity,
    unitPrice: price,
    lineTotal: usd(amount(cents(price.amount) * buyableQuantity)),
    problem: null,
    product: { id, slug, title, imageUrl, inStock, stock, price },
    ...overrides,
  };
}

/**
 * A cart as the API returns it: totals over what the lines count for (their buyable quantity),
 * tax at `taxRatePercent` (rounded down to the cent; tests that care pass the amounts).
 */
export function cart(
  lines: CartLineFixture[],
  { taxRatePercent = 0, ...overrides }: { taxRatePercent?: number } & Record<string, unknown> = {},
) {
  const subtotal = lines.reduce((sum, line) => sum + cents(line.lineTotal.amount), 0);
  const tax = Math.floor((subtotal * taxRatePercent) / 100);
  return {
    id: lines.length > 0 ? 'cart-1' : null,
    totalQuantity: lines.reduce((sum, line) => sum + line.buyableQuantity, 0),
    subtotal: usd(amount(subtotal)),
    tax: usd(amount(tax)),
    total: usd(amount(subtotal + tax)),
    lines,
    ...overrides,
  };
}

/** A cart mutation's answer under `field`, e.g. `cartPayload('addToCart', cart([...]))`. */
export function cartPayload(
  field: 'addToCart' | 'updateCartLine' | 'removeCartLine' | 'clearCart',
  answer: ReturnType<typeof cart>,
  errors: ReturnType<typeof userErrors> = [],
) {
  return { data: { [field]: { cart: answer, userErrors: errors } } };
}

/** A type-ahead suggestion of a product, as `suggest` returns it. */
export function productSuggestion(of: Pick<ProductFixture, 'id' | 'slug' | 'title'>) {
  return { text: of.title, product: { id: of.id, slug: of.slug }, category: null };
}

/** A type-ahead suggestion of a category, as `suggest` returns it. */
export function categorySuggestion(of: { id: string; slug: string; name: string }) {
  return { text: of.name, product: null, category: { id: of.id, slug: of.slug } };
}

/** A `suggest` answer. */
export function suggestions(...items: ReturnType<typeof productSuggestion | typeof categorySuggestion>[]) {
  return { data: { suggest: items } };
}

export interface SearchFacetsFixture {
  categories: { category: { id: string; slug: string; name: string }; count: number }[];
  priceRanges: { min: string | null; max: string | null; count: number }[];
  inStock: number;
}

/** Facets for a search: counts per category (most first), the shop's price buckets, in stock. */
export function searchFacets(overrides: Partial<SearchFacetsFixture> = {}): SearchFacetsFixture {
  return {
    categories: [
      { category: { id: 'c4', slug: 'lighting', name: 'Lighting' }, count: 2 },
      { category: { id: 'c5', slug: 'office', name: 'Office' }, count: 1 },
    ],
    priceRanges: [
      { min: null, max: '25', count: 1 },
      { min: '25', max: '50', count: 2 },
      { min: '50', max: '100', count: 0 },
      { min: '100', max: null, count: 0 },
    ],
    inStock: 2,
    ...overrides,
  };
}

/**
 * A `search` answer: a page of products, with the facets and "did you mean" when the request
 * asked for them (`withFacets`, the first page), as the API leaves them out otherwise.
 */
export function searchPage(
  nodes: ProductFixture[],
  {
    totalCount = nodes.length,
    hasNextPage = false,
    facets = searchFacets(),
    didYouMean = null,
    withFacets = true,
  }: {
    totalCount?: number;
    hasNextPage?: boolean;
    facets?: SearchFacetsFixture;
    didYouMean?: string | null;
    withFacets?: boolean;
  } = {},
) {
  const { products } = productPage(nodes, { totalCount, hasNextPage }).data;
  return { data: { search: { ...(withFacets ? { facets, didYouMean } : {}), products } } };
}
