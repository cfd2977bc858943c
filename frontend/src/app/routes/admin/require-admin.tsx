import { NavLink, Outlet } from 'react-router';
import { AccessDenied } from '@/components/access-denied';
import { isAdmin } from '@/features/account/hooks/use-me';
import { SignedInOnly } from '../account/require-signed-in';
import styles from './require-admin.module.css';

/**
 * Guards the admin pages in the UI: anonymous visitors go to sign in and come back, shoppers
 * are told they have no access. The API enforces the same on every admin request.
 */
export function RequireAdmin() {
  return (
    <SignedInOnly>
      {(me) =>
        isAdmin(me) ? (
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
        ) : (
          <>
            <title>No access — Storefront</title>
            <AccessDenied />
          </>
        )
      }
    </SignedInOnly>
  );
}

function adminNavClass({ isActive }: { isActive: boolean }) {
  return isActive ? styles.active : undefined;
}
