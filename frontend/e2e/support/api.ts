import { type APIRequestContext, expect, type Page } from '@playwright/test';

/** Asks the running shop's GraphQL API directly, so tests read the demo data instead of hard-coding it. */
export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { Accept: 'application/graphql-response+json, application/json' },
  });
  expect(response.ok(), `GraphQL request failed: HTTP ${response.status()}`).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/**
 * Asks the API as the page's own session does (its cookies, and the XSRF-TOKEN cookie echoed in
 * X-XSRF-TOKEN, which the shop wants from every request that carries the session), e.g. to read
 * the very cart the page shows.
 */
export async function graphqlAsPage<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN');
  const response = await page.request.post('/graphql', {
    data: { query, variables },
    headers: {
      Accept: 'application/graphql-response+json, application/json',
      ...(token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.value) } : {}),
    },
  });
  expect(response.ok(), `GraphQL request failed: HTTP ${response.status()}`).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

export interface ApiCategory {
  slug: string;
  name: string;
  productCount: number;
}

export async function categories(request: APIRequestContext): Promise<ApiCategory[]> {
  const data = await graphql<{ categories: ApiCategory[] }>(
    request,
    'query { categories { slug name productCount } }',
  );
  return data.categories;
}

/** The slugs of every product in a category (at most 100). */
export async function productSlugsIn(request: APIRequestContext, categorySlug: string): Promise<string[]> {
  const data = await graphql<{ products: { nodes: { slug: string }[] } }>(
    request,
    'query ($slugs: [String!]) { products(filter: { categorySlugs: $slugs }, first: 100) { nodes { slug } } }',
    { slugs: [categorySlug] },
  );
  return data.products.nodes.map((node) => node.slug);
}

export async function someProduct(
  request: APIRequestContext,
): Promise<{ slug: string; title: string; price: { amount: string; currencyCode: string } }> {
  const data = await graphql<{
    products: { nodes: { slug: string; title: string; price: { amount: string; currencyCode: string } }[] };
  }>(request, 'query { products(first: 5) { nodes { slug title price { amount currencyCode } } } }');
  expect(data.products.nodes.length).toBeGreaterThan(0);
  return data.products.nodes[data.products.nodes.length - 1];
}

/** The slugs of the first page of the catalog in one sort order, as the API has it. */
export async function firstPageSlugs(
  request: APIRequestContext,
  sort: string,
  first = 20,
): Promise<string[]> {
  const data = await graphql<{ products: { nodes: { slug: string }[] } }>(
    request,
    'query ($sort: ProductSort, $first: Int) { products(sort: $sort, first: $first) { nodes { slug } } }',
    { sort, first },
  );
  return data.products.nodes.map((node) => node.slug);
}

/**
 * Runs `action` with a session of the demo admin carried in the `X-Auth-Token` header (the
 * integrators' way, which needs no XSRF token), e.g. to change stock behind a shopper's back.
 */
export async function asAdmin<T>(
  request: APIRequestContext,
  admin: { email: string; password: string },
  action: (send: <R>(query: string, variables?: Record<string, unknown>) => Promise<R>) => Promise<T>,
): Promise<T> {
  const login = await request.post('/graphql', {
    data: {
      query:
        'mutation ($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { userErrors { code } } }',
      variables: { e: admin.email, p: admin.password },
    },
    headers: { Accept: 'application/json', 'X-Auth-Token': 'new' },
  });
  expect(login.ok(), `signing the admin in failed: HTTP ${login.status()}`).toBe(true);
  const token = login.headers()['x-auth-token'];
  expect(token, 'the session header of the admin').toBeTruthy();
  const send = async <R>(query: string, variables: Record<string, unknown> = {}): Promise<R> => {
    const response = await request.post('/graphql', {
      data: { query, variables },
      headers: { Accept: 'application/json', 'X-Auth-Token': token },
    });
    const body = (await response.json()) as { data?: R; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data as R;
  };
  return action(send);
}
