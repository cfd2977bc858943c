import { Link, useLocation } from 'react-router';
import { ErrorMessage } from './error-message';
import { GraphQLRequestError } from '@/lib/graphql-client';
import styles from './admin-error.module.css';

export interface AdminErrorProps {
  /** What failed, e.g. "Products could not be loaded". */
  title: string;
  error: unknown;
  onRetry?: () => void;
  /** What only an admin may do here, for the explanation, e.g. "manage orders". */
  task?: string;
}

/**
 * A failed admin request. The API refuses admin operations to anyone but an admin: a session
 * that ended (UNAUTHORIZED) or an account without the ADMIN role (FORBIDDEN) gets a plain
 * explanation instead of the server's wording.
 */
export function AdminError({ title, error, onRetry, task = 'manage the catalog' }: AdminErrorProps) {
  const location = useLocation();
  const classification = error instanceof GraphQLRequestError ? error.classification : undefined;

  if (classification === 'UNAUTHORIZED') {
    const next = encodeURIComponent(location.pathname + location.search).replace(/%2F/gi, '/');
    return (
      <div role="alert" className={styles.access}>
        <p className={styles.title}>You are signed out</p>
        <p>Your session has ended. Sign in again as an administrator to {task}.</p>
        <Link to={`/sign-in?next=${next}`}>Sign in</Link>
      </div>
    );
  }
  if (classification === 'FORBIDDEN') {
    return (
      <div role="alert" className={styles.access}>
        <p className={styles.title}>You don&apos;t have access to this page</p>
        <p>Only shop administrators can {task}.</p>
      </div>
    );
  }
  return <ErrorMessage title={title} error={error} onRetry={onRetry} />;
}
