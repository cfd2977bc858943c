import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../hooks/use-me';
import { useNextPath } from '../hooks/use-signed-in';

/**
 * The sign-in and sign-up pages are for someone signed out: a signed-in shopper who lands on
 * one (a bookmark, the back button) goes on to where signing in would have taken them.
 */
export function SignedInRedirect({ children }: { children: ReactNode }) {
  const me = useMe();
  const next = useNextPath();
  if (me.data) return <Navigate to={next} replace />;
  return children;
}
