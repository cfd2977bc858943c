import { describe, expect, it } from 'vitest';
import { checkCheckout, type CheckoutValues, emptyCheckout, toPlaceOrderInput } from './checkout-form';

function filled(overrides: Partial<CheckoutValues> = {}): CheckoutValues {
  return {
    ...emptyCheckout(),
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    line1: '12 St James Square',
    city: 'London',
    postalCode: 'SW1Y 4JH',
    countryCode: 'GB',
    ...overrides,
  };
}

describe('checkCheckout', () => {
  it('accepts a complete address, the optional parts left blank', () => {
    expect(checkCheckout(filled(), { guest: true })).toEqual({ fields: {}, general: [] });
  });

  it('asks a guest for an email, and for one that looks like an email', () => {
    expect(checkCheckout(filled({ email: '  ' }), { guest: true }).fields.email).toBe(
      'Enter your email, for the confirmation.',
    );
    expect(checkCheckout(filled({ email: 'ada' }), { guest: true }).fields.email).toBe(
      'Enter an email like ada@example.com.',
    );
  });

  it('asks a signed-in customer for no email: the order takes the account’s', () => {
    expect(checkCheckout(filled({ email: '' }), { guest: false }).fields).toEqual({});
  });

  it('names every required address field that is blank, and no optional one', () => {
    const { fields } = checkCheckout({ ...emptyCheckout(), email: 'ada@example.com' }, { guest: true });
    expect(Object.keys(fields).sort()).toEqual(['city', 'countryCode', 'line1', 'name', 'postalCode']);
  });

  it('keeps to the API’s lengths', () => {
    const { fields } = checkCheckout(filled({ postalCode: '1'.repeat(21), line2: 'x'.repeat(201) }), {
      guest: true,
    });
    expect(fields).toEqual({
      postalCode: 'Use at most 20 characters.',
      line2: 'Use at most 200 characters.',
    });
  });

  it('refuses a country code that ISO 3166-1 does not have', () => {
    expect(checkCheckout(filled({ countryCode: 'XX' }), { guest: true }).fields.countryCode).toBe(
      'Choose a country from the list.',
    );
    expect(checkCheckout(filled({ countryCode: 'de' }), { guest: true }).fields).toEqual({});
  });
});

describe('toPlaceOrderInput', () => {
  it('sends trimmed values, blank optional parts as null and the country in upper case', () => {
    const input = toPlaceOrderInput(filled({ name: '  Ada  ', line2: ' ', region: '', countryCode: 'gb' }), {
      guest: true,
      expectedTotal: '124.66',
      paymentMethod: 'bank-transfer',
    });
    expect(input).toEqual({
      email: 'ada@example.com',
      shippingAddress: {
        name: 'Ada',
        line1: '12 St James Square',
        line2: null,
        city: 'London',
        postalCode: 'SW1Y 4JH',
        region: null,
        countryCode: 'GB',
      },
      expectedTotal: '124.66',
      paymentMethod: 'bank-transfer',
    });
  });

  it('sends no email for a signed-in customer, whatever the form held', () => {
    expect(toPlaceOrderInput(filled(), { guest: false }).email).toBeNull();
  });
});
