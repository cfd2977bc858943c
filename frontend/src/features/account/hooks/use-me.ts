import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/graphql/generated';
import type { MeQuery } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';

/** The signed-in customer, or null for an anonymous session. */
export type Me = NonNullable<MeQuery['me']>;

/** The cache key of `me`: sign-in, sign-up and sign-out update it. */
export const ME_QUERY_KEY = ['account', 'me'] as const;

const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      name
      roles
    }
  }
`);

/** Who is signed in: `data` is the customer, or null when nobody is. */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: () => execute(MeDocument),
    select: (data): Me | null => data.me ?? null,
  });
}

export function isAdmin(me: Me | null | undefined): boolean {
  return Boolean(me?.roles.includes('ADMIN'));
}
