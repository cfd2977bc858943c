import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '@/lib/graphql-client';

/**
 * `fetch` with the session's CSRF token: the API refuses a write that carries the session
 * cookie without the `XSRF-TOKEN` cookie's value in `X-XSRF-TOKEN`. The cookie is read at
 * each request, since signing in or out replaces it.
 */
export const csrfFetch: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  const token = readCookie(CSRF_COOKIE);
  if (token && !headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, token);
  return fetch(input, { ...init, headers, credentials: 'same-origin' });
};
