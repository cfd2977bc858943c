/**
 * Where to go after signing in: the `next` parameter when it is a path inside the shop,
 * otherwise the front page (so a crafted link can't send the shopper to another site).
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

/** The address of the sign-in (or sign-up) page that comes back to `next` afterwards. */
export function accountPagePath(page: '/sign-in' | '/sign-up', next?: string): string {
  const target = safeNextPath(next);
  if (target === '/') return page;
  // Slashes may stay as they are in a query string, which keeps `?next=/admin` readable.
  return `${page}?next=${encodeURIComponent(target).replace(/%2F/gi, '/')}`;
}
