import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import { header } from './account';
import { graphql } from './api';

export interface TitledProduct {
  slug: string;
  title: string;
  tags: string[];
}

/** Up to 50 products on sale with stock, as the API has them now. */
export async function inStockTitles(request: APIRequestContext): Promise<TitledProduct[]> {
  const data = await graphql<{ products: { nodes: TitledProduct[] } }>(
    request,
    'query { products(first: 50, filter: { inStock: true }) { nodes { slug title tags } } }',
  );
  expect(data.products.nodes.length, 'the demo catalog has products in stock').toBeGreaterThan(0);
  return data.products.nodes;
}

export interface ApiSearch {
  didYouMean: string | null;
  facets: { categories: { category: { slug: string; name: string }; count: number }[] };
  products: { totalCount: number };
}

/** What `search` answers for a text, with no refinements. */
export async function searchApi(request: APIRequestContext, query: string): Promise<ApiSearch> {
  const data = await graphql<{ search: ApiSearch }>(
    request,
    `
      query ($query: String!) {
        search(query: $query, first: 1) {
          didYouMean
          facets {
            categories {
              category {
                slug
                name
              }
              count
            }
          }
          products {
            totalCount
          }
        }
      }
    `,
    { query },
  );
  return data.search;
}

/** The slugs of the products `suggest` offers for a prefix, as the header asks (6 at most). */
export async function suggestedSlugs(request: APIRequestContext, prefix: string): Promise<string[]> {
  const data = await graphql<{ suggest: { product: { slug: string } | null }[] }>(
    request,
    'query ($prefix: String!) { suggest(prefix: $prefix, limit: 6) { product { slug } } }',
    { prefix },
  );
  return data.suggest.flatMap((suggestion) => (suggestion.product ? [suggestion.product.slug] : []));
}

/** The words of a text made of letters only, lower-cased, at least `minLength` long. */
export function wordsOf(text: string, minLength: number): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= minLength);
}

/** The word with two different letters near its middle swapped ("wireless" → "wirleess"); null when all are alike. */
export function swapMiddleLetters(word: string): string | null {
  const middle = Math.floor(word.length / 2) - 1;
  // The middle pair first, then the pairs around it, never touching the first or last letter.
  const starts = [...Array(word.length - 3).keys()]
    .map((i) => i + 1)
    .sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
  const at = starts.find((i) => word[i] !== word[i + 1]);
  if (at === undefined) return null;
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** The word with two letters replaced (the third and the last but one). */
export function substituteTwoLetters(word: string): string {
  const other = (letter: string) => (letter === 'x' ? 'z' : 'x');
  const chars = [...word];
  for (const i of [2, chars.length - 2]) chars[i] = other(chars[i]);
  return chars.join('');
}

/** The header's search box. */
export function searchBox(page: Page): Locator {
  return header(page).getByRole('combobox', { name: 'Search products' });
}

/** The type-ahead list under the header's search box. */
export function suggestionList(page: Page): Locator {
  return header(page).getByRole('listbox', { name: 'Suggestions' });
}

/** The facets beside the search results. */
export function refinements(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Refine' });
}
