import { Outlet, ScrollRestoration } from 'react-router';
import { CartMergeNotice, CartMergeNoticeProvider } from '@/features/cart/components/cart-merge-notice';
import { Header } from './header';
import styles from './app-layout.module.css';

export function AppLayout() {
  return (
    <CartMergeNoticeProvider>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <Header />
      <main id="main" className={`container ${styles.main}`} tabIndex={-1}>
        <CartMergeNotice />
        <Outlet />
      </main>
      <footer className={styles.footer}>
        <div className="container">Storefront — an open GraphQL shop.</div>
      </footer>
      <ScrollRestoration />
    </CartMergeNoticeProvider>
  );
}
