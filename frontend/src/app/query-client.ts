import { QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from '@/lib/graphql-client';

const NOT_RETRIED = new Set(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND']);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retry once what may pass on a second try (network, 5xx); a rejected request won't.
        retry: (failureCount, error) => {
          if (error instanceof GraphQLRequestError && NOT_RETRIED.has(error.classification ?? '')) {
            return false;
          }
          return failureCount < 1;
        },
      },
    },
  });
}
