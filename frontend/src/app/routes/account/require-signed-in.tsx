import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { useMe } from '@/features/account/hooks/use-me';
import { accountPagePath } from '@/features/account/utils/next-path';

/** Guards the account pages: anonymous visitors go to sign in and come back. The API enforces it too. */
export function RequireSignedIn() {
  const me = useMe();
  const location = useLocation();

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
  if (!me.data) {
    return <Navigate to={accountPagePath('/sign-in', location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}
