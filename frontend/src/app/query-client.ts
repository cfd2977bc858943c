import { QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from '@/lib/graphql-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retry once what may pass on a second try (network, 5xx); a rejected request won't, and
        // a request that timed out has kept the shopper waiting long enough: they choose.
        retry: (failureCount, error) => {
          if (error instanceof GraphQLRequestError && (!error.retryable || error.timedOut)) return false;
          return failureCount < 1;
        },
      },
    },
  });
}
