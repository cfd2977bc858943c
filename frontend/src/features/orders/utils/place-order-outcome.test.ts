import { describe, expect, it } from 'vitest';
import { cartChanged, placeOrderOutcome } from './place-order-outcome';

const nothing = { order: null, shortages: [], userErrors: [] };

describe('placeOrderOutcome', () => {
  it('is the order’s number when one was placed (or replayed for the same key)', () => {
    expect(placeOrderOutcome({ ...nothing, order: { number: 'SF-1' } })).toEqual({ placed: 'SF-1' });
  });

  it('puts address and email errors on their fields by the last element of their path', () => {
    const outcome = placeOrderOutcome({
      ...nothing,
      userErrors: [
        { code: 'INVALID', field: ['input', 'shippingAddress', 'city'], message: 'Enter the city.' },
        { code: 'INVALID', field: ['input', 'shippingAddress', 'countryCode'], message: 'Unknown country.' },
        { code: 'INVALID', field: ['input', 'email'], message: 'Not an email.' },
        { code: 'INVALID', field: ['input', 'idempotencyKey'], message: 'Key too short.' },
      ],
    });
    expect(outcome).toEqual({
      problems: {
        form: {
          fields: { city: 'Enter the city.', countryCode: 'Unknown country.', email: 'Not an email.' },
          general: ['Key too short.'],
        },
      },
    });
  });

  it('keeps PRICE_CHANGED apart, so the page can show the new total', () => {
    const outcome = placeOrderOutcome({
      ...nothing,
      userErrors: [
        { code: 'PRICE_CHANGED', field: ['input', 'expectedTotal'], message: 'The total is now $30.' },
      ],
    });
    expect(outcome).toEqual({
      problems: { form: { fields: {}, general: [] }, priceChanged: 'The total is now $30.' },
    });
    expect('problems' in outcome && cartChanged(outcome.problems)).toBe(true);
  });

  it('gathers stock shortages with their messages', () => {
    const shortage = { productId: '7', title: 'Lamp', requested: 3, available: 1 };
    const outcome = placeOrderOutcome({
      ...nothing,
      shortages: [shortage],
      userErrors: [{ code: 'INSUFFICIENT_STOCK', field: null, message: 'Only 1 Lamp is left.' }],
    });
    expect(outcome).toEqual({
      problems: {
        form: { fields: {}, general: [] },
        stock: { messages: ['Only 1 Lamp is left.'], shortages: [shortage] },
      },
    });
  });

  it('says CART_EMPTY on its own', () => {
    const outcome = placeOrderOutcome({
      ...nothing,
      userErrors: [{ code: 'CART_EMPTY', field: null, message: 'Your cart is empty.' }],
    });
    expect(outcome).toEqual({
      problems: { form: { fields: {}, general: [] }, cartEmpty: 'Your cart is empty.' },
    });
  });

  it('still says something when the answer gives no reason', () => {
    const outcome = placeOrderOutcome(nothing);
    expect('problems' in outcome && outcome.problems.form.general).toEqual([
      'The order could not be placed. Please try again.',
    ]);
    expect('problems' in outcome && cartChanged(outcome.problems)).toBe(false);
  });
});
