import { type ReactNode, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { type Me, useMe } from '@/features/account/hooks/use-me';
import { accountPagePath } from '@/features/account/utils/next-path';

/**
 * Shows `children` to a signed-in customer; an anonymous visitor goes to sign in and comes
 * back. The UI's guard only: the API refuses the same on every request.
 */
export function SignedInOnly({ children }: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  const location = useLocation();
  // Whether this page has shown someone signed in: their signing out leaves for the front page.
  const [wasSignedIn, setWasSignedIn] = useState(false);
  if (me.data && !wasSignedIn) setWasSignedIn(true);

  if (me.isPending) return <Spinner label="Checking your account" />;
  if (me.isError) {
    return (
      <ErrorMessage
        title="Your account could not be checked"
        error={me.error}
        onRetry={() => void me.refetch()}
      />
    );
  }
  // Signing out here leaves for the front page, not for "sign in" (to come straight back).
  if (!me.data && wasSignedIn) return <Navigate to="/" replace />;
  if (!me.data) {
    return <Navigate to={accountPagePath('/sign-in', location.pathname + location.search)} replace />;
  }
  return children(me.data);
}

/** Guards the account pages (the order history). */
export function RequireSignedIn() {
  return <SignedInOnly>{() => <Outlet />}</SignedInOnly>;
}
