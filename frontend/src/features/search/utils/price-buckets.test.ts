import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketSelection, isBucketSelected, toCents } from './price-buckets';

describe('price buckets', () => {
  it('set a range that ends a cent below the exclusive top, the last one only a minimum', () => {
    expect(bucketSelection({ min: null, max: '25' })).toEqual({ minPrice: '', maxPrice: '24.99' });
    expect(bucketSelection({ min: '25', max: '50.5' })).toEqual({ minPrice: '25', maxPrice: '50.49' });
    expect(bucketSelection({ min: '500', max: null })).toEqual({ minPrice: '500', maxPrice: '' });
  });

  it('recognise their range in the address, however the amounts are written', () => {
    const bucket = { min: '25', max: '50' };
    expect(isBucketSelected(bucket, { minPrice: '25.00', maxPrice: '49.99' })).toBe(true);
    expect(isBucketSelected(bucket, { minPrice: '25', maxPrice: '50' })).toBe(false);
    expect(isBucketSelected({ min: '500', max: null }, { minPrice: '500', maxPrice: '' })).toBe(true);
    expect(isBucketSelected({ min: '500', max: null }, { minPrice: '', maxPrice: '' })).toBe(false);
  });

  it('count cents exactly, without floats', () => {
    expect(toCents('0.1')).toBe(10n);
    expect(toCents('19.99')).toBe(1999n);
    expect(toCents('90071992547409.93')).toBe(9007199254740993n);
    expect(toCents('1e3')).toBeNull();
  });

  it('read as ranges in the shop currency, or as plain numbers without one', () => {
    expect(bucketLabel({ min: null, max: '25' }, 'USD')).toBe('Under $25');
    expect(bucketLabel({ min: '25', max: '49.5' }, 'USD')).toBe('$25 – $49.50');
    expect(bucketLabel({ min: '500', max: null }, 'USD')).toBe('$500 and up');
    expect(bucketLabel({ min: '25', max: '50' }, undefined)).toBe('25 – 50');
  });
});
