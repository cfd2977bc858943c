import { Link } from 'react-router';
import styles from './not-found.module.css';

export function NotFoundRoute() {
  return (
    <section className={styles.notFound} aria-labelledby="not-found-title">
      <title>Page not found — Storefront</title>
      <p className={styles.code}>404</p>
      <h1 id="not-found-title">Page not found</h1>
      <p>We couldn&apos;t find the page you were looking for.</p>
      <Link to="/">Back to the shop</Link>
    </section>
  );
}
