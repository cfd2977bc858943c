import { useRef } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import {
  AddedToCartNotice,
  AddedToCartNoticeProvider,
} from '@/features/cart/components/added-to-cart-notice';
import { CartMergeNotice, CartMergeNoticeProvider } from '@/features/cart/components/cart-merge-notice';
import { useLiveCart } from '@/features/cart/hooks/use-live-cart';
import { Header } from './header';
import { RouteAnnouncer } from './route-announcer';
import styles from './app-layout.module.css';

export function AppLayout() {
  const main = useRef<HTMLElement>(null);
  // The layout lives as long as the tab: one cart stream per tab, for the badge and every page.
  useLiveCart();
  return (
    <CartMergeNoticeProvider>
      <AddedToCartNoticeProvider>
        <a href="#main" className={styles.skipLink}>
          Skip to content
        </a>
        <Header />
        <main id="main" ref={main} className={`container ${styles.main}`} tabIndex={-1}>
          <CartMergeNotice />
          <Outlet />
        </main>
        <footer className={styles.footer}>
          <div className="container">Storefront — an open GraphQL shop.</div>
        </footer>
        <AddedToCartNotice />
        <RouteAnnouncer main={main} />
        <ScrollRestoration />
      </AddedToCartNoticeProvider>
    </CartMergeNoticeProvider>
  );
}
