import { Link, NavLink, useLocation } from 'react-router';
import { SignOutButton } from '@/features/account/components/sign-out-button';
import { isAdmin, useMe } from '@/features/account/hooks/use-me';
import { accountPagePath } from '@/features/account/utils/next-path';
import { CartLink } from '@/features/cart/components/cart-link';
import { useCartMergeNotice } from '@/features/cart/hooks/cart-merge-notice';
import { SearchBox } from '@/features/search/components/search-box';
import styles from './header.module.css';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? styles.active : undefined);

export function Header() {
  const me = useMe();
  const location = useLocation();
  // A notice about the signed-in customer's cart must not outlive the sign-in.
  const { dismiss: dismissCartNotice } = useCartMergeNotice();
  const customer = me.data ?? null;
  // Signing in from a page comes back to it; from the account pages themselves, to the front page.
  const here = /^\/sign-(in|up)$/.test(location.pathname) ? undefined : location.pathname + location.search;

  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link to="/" className={styles.brand}>
          <span className={styles.logo} aria-hidden="true" />
          <span className={styles.brandName}>Storefront</span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <NavLink to="/" end className={navClass}>
            Shop all
          </NavLink>
        </nav>
        {/*
          Everything left of the search box is the same for every visitor, so the box never moves
          when the signed-in check returns; what depends on it sits on the right, beside the cart.
        */}
        <SearchBox className={styles.search} />
        {me.isPending ? (
          // Holds the place (invisibly) while we don't know yet, so the links don't flicker in.
          <div className={styles.account} aria-hidden="true" data-placeholder="">
            <span>Sign in</span>
            <span className={styles.cta}>Create account</span>
          </div>
        ) : (
          <div className={styles.account} aria-label="Account" role="group">
            {customer ? (
              <>
                {isAdmin(customer) && (
                  <NavLink to="/admin" className={navClass}>
                    Admin
                  </NavLink>
                )}
                <span className={styles.greeting}>Hi, {customer.name}</span>
                <NavLink to="/account/orders" className={navClass}>
                  Your orders
                </NavLink>
                <SignOutButton onSignedOut={dismissCartNotice} />
              </>
            ) : (
              <>
                <Link to={accountPagePath('/sign-in', here)}>Sign in</Link>
                <Link to={accountPagePath('/sign-up', here)} className={styles.cta}>
                  Create account
                </Link>
              </>
            )}
          </div>
        )}
        <CartLink />
      </div>
    </header>
  );
}
