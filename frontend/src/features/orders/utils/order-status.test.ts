import { describe, expect, it } from 'vitest';
import { orderFilterOf, orderFilterParams } from './order-status';

describe('the admin order filter in the URL', () => {
  it('reads status, email and number, leaving out blanks and unknown statuses', () => {
    expect(orderFilterOf(new URLSearchParams('status=PAID&email=+ada@example.com+&number='))).toEqual({
      status: 'PAID',
      email: 'ada@example.com',
    });
    expect(orderFilterOf(new URLSearchParams('status=LOST'))).toEqual({});
  });

  it('writes what it reads', () => {
    const filter = { status: 'SHIPPED' as const, number: 'SF-1' };
    expect(orderFilterOf(orderFilterParams(filter))).toEqual(filter);
  });
});
