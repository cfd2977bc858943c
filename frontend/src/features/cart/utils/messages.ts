import { GraphQLRequestError } from '@/lib/graphql-client';

/** The messages of a request that failed outright, fit to show beside what it was about. */
export function failureMessages(error: unknown): string[] {
  if (error instanceof GraphQLRequestError) return error.errors.map((e) => e.message);
  if (error instanceof Error && error.message) return [error.message];
  return ['Something went wrong. Please try again.'];
}
