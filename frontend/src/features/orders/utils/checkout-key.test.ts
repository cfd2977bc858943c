import { beforeEach, describe, expect, it } from 'vitest';
import { checkoutKey, forgetCheckoutKey } from './checkout-key';

describe('checkoutKey', () => {
  beforeEach(() => sessionStorage.clear());

  it('is the same on every call of one checkout, and long enough for the API (8 to 100 characters)', () => {
    const first = checkoutKey();
    expect(checkoutKey()).toBe(first);
    expect(first.length).toBeGreaterThanOrEqual(8);
    expect(first.length).toBeLessThanOrEqual(100);
  });

  it('is new once the checkout ended with an order', () => {
    const first = checkoutKey();
    forgetCheckoutKey();
    expect(checkoutKey()).not.toBe(first);
  });

  it('survives a reload of the page (it is kept in this tab’s session storage)', () => {
    const first = checkoutKey();
    expect(sessionStorage.getItem('storefront.checkout-key')).toBe(first);
  });

  it('still gives a key when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(checkoutKey(refusing)).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(() => forgetCheckoutKey(refusing)).not.toThrow();
  });
});
