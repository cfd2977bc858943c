import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorMessage } from '@/components/error-message';

/** Shown when rendering a route throws: a last resort, outside the normal layout. */
export function RouteError() {
  const error = useRouteError();
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  // A page that failed to render (e.g. its code could not be fetched after a deploy) may show on a
  // reload; an answer such as 404 would only come again.
  const reloadable = !isRouteErrorResponse(error) || error.status >= 500;
  return (
    <main className="container" style={{ padding: '3rem 1.25rem' }}>
      <ErrorMessage
        title="This page could not be shown"
        error={shown}
        onRetry={reloadable ? () => window.location.reload() : undefined}
      />
      <p>
        <Link to="/">Back to the shop</Link>
      </p>
    </main>
  );
}
