import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';

const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      signedOut
    }
  }
`);

/** Pages that show the signed-in customer's own things (or an admin's): nothing to stay on after signing out. */
const PRIVATE_PAGES = /^\/(account|admin|orders)(\/|$)/;

/** Whether a page can stay open after signing out (the shop's pages) or must be left (account, admin, an order). */
export function staysAfterSignOut(pathname: string): boolean {
  return !PRIVATE_PAGES.test(pathname);
}

/**
 * Signs out and resets every cached query, so nothing of the session stays; a public page
 * (a product, the search, the cart) stays open, a private one gives way to the front page.
 * `onSignedOut` lets the app forget what it keeps outside the cache.
 */
export function useSignOut({ onSignedOut }: { onSignedOut?: () => void } = {}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return useMutation({
    mutationFn: () => execute(LogoutDocument),
    onSuccess: async () => {
      onSignedOut?.();
      if (!staysAfterSignOut(pathname)) await navigate('/');
      await queryClient.resetQueries();
    },
  });
}
