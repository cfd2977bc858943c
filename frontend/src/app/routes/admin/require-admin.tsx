import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { AccessDenied } from '@/components/access-denied';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { isAdmin, useMe } from '@/features/account/hooks/use-me';
import { accountPagePath } from '@/features/account/utils/next-path';
import styles from './require-admin.module.css';

/**
 * Guards the admin pages in the UI: anonymous visitors go to sign in and come back, shoppers
 * are told they have no access. The API enforces the same on every admin request.
 */
export function RequireAdmin() {
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
  if (!isAdmin(me.data)) {
    return (
      <>
        <title>No access — Storefront</title>
        <AccessDenied />
      </>
    );
  }
  return (
    <div className={styles.admin}>
      <nav aria-label="Admin" className={styles.nav}>
        <NavLink to="/admin" end className={adminNavClass}>
          Products
        </NavLink>
        <NavLink to="/admin/orders" className={adminNavClass}>
          Orders
        </NavLink>
      </nav>
      <Outlet />
    </div>
  );
}

function adminNavClass({ isActive }: { isActive: boolean }) {
  return isActive ? styles.active : undefined;
}
