import { Link } from 'react-router';
import styles from './access-denied.module.css';

/** Shown to a signed-in customer who opens a page their account may not use. */
export function AccessDenied({ detail }: { detail?: string }) {
  return (
    <section className={styles.denied} aria-labelledby="access-denied-title">
      <h1 id="access-denied-title">You don&apos;t have access to this page</h1>
      <p>{detail ?? 'This page is for shop administrators. Ask an administrator if you need access.'}</p>
      <Link to="/">Back to the shop</Link>
    </section>
  );
}
