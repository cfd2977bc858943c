import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorMessage } from '@/components/error-message';

/** Shown when rendering a route throws: a last resort, outside the normal layout. */
export function RouteError() {
  const error = useRouteError();
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  return (
    <main className="container" style={{ padding: '3rem 1.25rem' }}>
      <ErrorMessage
        title="This page could not be shown"
        error={shown}
        onRetry={() => window.location.reload()}
      />
      <p>
        <Link to="/">Back to the shop</Link>
      </p>
    </main>
  );
}
