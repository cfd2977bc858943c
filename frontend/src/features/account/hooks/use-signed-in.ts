import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import type { MeQuery } from '@/graphql/generated/graphql';
import type { UserErrorEntry } from '@/lib/user-errors';
import { safeNextPath } from '../utils/next-path';
import { ME_QUERY_KEY, type Me } from './use-me';

/** What a successful sign-in or sign-up reports besides the customer: what became of the anonymous cart. */
export interface SignedInOutcome {
  cartMerge?: { mergedLines: number; adjustments: readonly UserErrorEntry[] } | null;
}

/** The page to return to after signing in or up (`?next=`, else the front page). */
export function useNextPath(): string {
  const [searchParams] = useSearchParams();
  return safeNextPath(searchParams.get('next'));
}

/**
 * What follows a successful sign-in or sign-up: the header learns who is signed in at once,
 * `me` is confirmed with the server, and the shopper goes back where they came from.
 */
export function useOnSignedIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const next = useNextPath();
  return (customer: Me) => {
    queryClient.setQueryData<MeQuery>(ME_QUERY_KEY, { me: customer });
    void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    void navigate(next, { replace: true });
  };
}
