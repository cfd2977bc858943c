import type { PlaceOrderInput } from '@/graphql/generated/graphql';
import type { FormErrors } from '@/lib/user-errors';
import { isCountryCode } from './countries';

/** The checkout form's fields; the address ones are named as in `AddressInput`. */
export const CHECKOUT_FIELDS = [
  'email',
  'name',
  'line1',
  'line2',
  'city',
  'postalCode',
  'region',
  'countryCode',
] as const;

export type CheckoutField = (typeof CHECKOUT_FIELDS)[number];
export type CheckoutValues = Record<CheckoutField, string>;

export function emptyCheckout(): CheckoutValues {
  return { email: '', name: '', line1: '', line2: '', city: '', postalCode: '', region: '', countryCode: '' };
}

/** The API's bounds (`AddressInput`, `PlaceOrderInput.email`), checked here so a slip needs no round trip. */
const MAX_LENGTH: Record<CheckoutField, number> = {
  email: 254,
  name: 100,
  line1: 200,
  line2: 200,
  city: 100,
  postalCode: 20,
  region: 100,
  countryCode: 2,
};

const REQUIRED: Partial<Record<CheckoutField, string>> = {
  name: 'Enter the name of who receives the parcel.',
  line1: 'Enter the street and number.',
  city: 'Enter the town or city.',
  postalCode: 'Enter the postal code.',
  countryCode: 'Choose a country.',
};

/**
 * The obvious problems of the checkout form; the server decides the rest. A signed-in customer
 * gives no email (the order takes the account's), so `guest` says whether it is asked.
 */
export function checkCheckout(
  values: CheckoutValues,
  { guest }: { guest: boolean },
): FormErrors<CheckoutField> {
  const fields: FormErrors<CheckoutField>['fields'] = {};
  for (const field of CHECKOUT_FIELDS) {
    if (field === 'email' && !guest) continue;
    const value = values[field].trim();
    const required = REQUIRED[field];
    if (required && !value) fields[field] = required;
    else if (value.length > MAX_LENGTH[field]) fields[field] = `Use at most ${MAX_LENGTH[field]} characters.`;
  }
  if (guest) {
    const email = values.email.trim();
    if (!email) fields.email = 'Enter your email, for the confirmation.';
    else if (!fields.email && !/^[^\s@]+@[^\s@]+$/.test(email))
      fields.email = 'Enter an email like ada@example.com.';
  }
  if (!fields.countryCode && values.countryCode.trim() && !isCountryCode(values.countryCode)) {
    fields.countryCode = 'Choose a country from the list.';
  }
  return { fields, general: [] };
}

/** What `placeOrder` is sent besides the idempotency key: trimmed values, blank optional parts null. */
export function toPlaceOrderInput(
  values: CheckoutValues,
  { guest, expectedTotal, paymentMethod }: { guest: boolean; expectedTotal?: string; paymentMethod?: string },
): Omit<PlaceOrderInput, 'idempotencyKey'> {
  const trimmed = (field: CheckoutField) => values[field].trim();
  const optional = (field: CheckoutField) => trimmed(field) || null;
  return {
    email: guest ? trimmed('email') : null,
    shippingAddress: {
      name: trimmed('name'),
      line1: trimmed('line1'),
      line2: optional('line2'),
      city: trimmed('city'),
      postalCode: trimmed('postalCode'),
      region: optional('region'),
      countryCode: trimmed('countryCode').toUpperCase(),
    },
    expectedTotal: expectedTotal ?? null,
    paymentMethod: paymentMethod ?? null,
  };
}
