import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '@/graphql/generated';
import type { SearchSuggestionsQuery } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';
import { useDebouncedValue } from './use-debounced-value';

const SearchSuggestionsQuery = graphql(`
  query SearchSuggestions($prefix: String!, $limit: Int) {
    suggest(prefix: $prefix, limit: $limit) {
      text
      product {
        id
        slug
      }
      category {
        id
        slug
      }
    }
  }
`);

export type Suggestion = SearchSuggestionsQuery['suggest'][number];

/** Suggestions are asked for once this many characters are typed… */
export const MIN_PREFIX_LENGTH = 2;
/** …and the typing has paused this long (ms)… */
export const SUGGEST_DEBOUNCE_MS = 150;
/** …this many at most. */
export const SUGGESTION_LIMIT = 6;

/**
 * Type-ahead suggestions for what is typed: asked for when the typing pauses, and the last
 * answer stays on screen while the next is on its way, so the list doesn't flicker.
 */
export function useSuggestions(text: string) {
  const typed = text.trim();
  const prefix = useDebouncedValue(typed, SUGGEST_DEBOUNCE_MS);
  const enabled = prefix.length >= MIN_PREFIX_LENGTH;
  const query = useQuery({
    queryKey: ['search', 'suggest', prefix],
    queryFn: () => execute(SearchSuggestionsQuery, { prefix, limit: SUGGESTION_LIMIT }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const suggestions: Suggestion[] =
    enabled && typed.length >= MIN_PREFIX_LENGTH ? (query.data?.suggest ?? []) : [];
  return { suggestions, prefix };
}

/** A key for a suggestion that stays the same while the list around it changes. */
export function suggestionKey(suggestion: Suggestion): string {
  if (suggestion.product) return `product:${suggestion.product.id}`;
  if (suggestion.category) return `category:${suggestion.category.id}`;
  return `text:${suggestion.text}`;
}
