/**
 * The idempotency key of the checkout in progress. It is made once and sent with every try of
 * the same checkout (a retry after a lost answer, a second click, a reload of the page), so the
 * server places at most one order for it; it is forgotten once an order is placed.
 *
 * It lives in sessionStorage (this tab only) so that a reload after a lost answer still sends
 * the key the server may already have placed an order for; the page holds it too, so storage
 * that is full or forbidden costs only that.
 */
const STORAGE_KEY = 'storefront.checkout-key';

function browserStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; plain http on a LAN address has only getRandomValues.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The key of the checkout in progress: the stored one, else a new one (stored for next time). */
export function checkoutKey(store: Storage | undefined = browserStorage()): string {
  try {
    const stored = store?.getItem(STORAGE_KEY);
    if (stored) return stored;
  } catch {
    // Unreadable storage: a new key for this page.
  }
  const key = newKey();
  try {
    store?.setItem(STORAGE_KEY, key);
  } catch {
    // Full or forbidden storage: the page still holds the key for its own retries.
  }
  return key;
}

/** Ends the checkout: the next one gets a new key. */
export function forgetCheckoutKey(store: Storage | undefined = browserStorage()): void {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored to forget.
  }
}
