import { describe, expect, it } from 'vitest';
import { fieldOf, toFormErrors } from './user-errors';

const FIELDS = ['email', 'password', 'tags'] as const;

describe('toFormErrors', () => {
  it("puts each error on the field its path's last element names", () => {
    expect(
      toFormErrors(
        [
          { code: 'EMAIL_TAKEN', field: ['input', 'email'], message: 'That email is taken.' },
          { code: 'WEAK_PASSWORD', field: ['input', 'password'], message: 'Too short.' },
        ],
        FIELDS,
      ),
    ).toEqual({ fields: { email: 'That email is taken.', password: 'Too short.' }, general: [] });
  });

  it('keeps errors without a field, or with an unknown one, for above the form', () => {
    expect(
      toFormErrors(
        [
          { code: 'BAD_CREDENTIALS', field: null, message: 'Wrong email or password.' },
          { code: 'INVALID', field: ['input', 'nickname'], message: 'No such field.' },
        ],
        FIELDS,
      ),
    ).toEqual({ fields: {}, general: ['Wrong email or password.', 'No such field.'] });
  });

  it('joins several messages for one field', () => {
    expect(
      toFormErrors(
        [
          { code: 'INVALID', field: ['input', 'password'], message: 'Too short.' },
          { code: 'INVALID', field: ['input', 'password'], message: 'Same as the email.' },
        ],
        FIELDS,
      ).fields.password,
    ).toBe('Too short. Same as the email.');
  });
});

describe('fieldOf', () => {
  it('finds the field of a path into a list', () => {
    expect(fieldOf({ code: 'INVALID', field: ['input', 'tags', '3'], message: '' }, FIELDS)).toBe('tags');
  });
});
