/**
 * The README's "Try the API" operations, opened as GraphiQL's first tabs. A test keeps the two
 * in step: every `graphql` block of the README is one of these.
 */
export interface ExampleTab {
  query: string;
  variables?: string;
}

export const EXAMPLE_TABS: readonly ExampleTab[] = [
  {
    query: `query CatalogPage {
  products(first: 5, sort: PRICE_ASC, filter: { inStock: true }) {
    totalCount
    nodes { slug title price { amount currencyCode } category { name } inStock }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    query: `query KitchenUnder50($after: String) {
  products(
    first: 10
    after: $after
    filter: { categorySlugs: ["kitchen"], maxPrice: "50.00", query: "bamboo" }
  ) {
    edges { cursor node { title price { amount } tags } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: '{ "after": null }',
  },
  {
    query: `query ProductPage {
  product(slug: "aria-wireless-headphones") {
    id title description imageUrl stock featured createdAt
    price { amount currencyCode }
    category { slug name productCount }
  }
  categories { slug name productCount }
}
`,
  },
  {
    query: `mutation AddToCart($productId: ID!) {
  addToCart(productId: $productId, quantity: 1) {
    cart { totalQuantity total { amount currencyCode } lines { product { title } quantity } }
    userErrors { code field message }
  }
}
`,
    variables: '{ "productId": "1" }',
  },
];
