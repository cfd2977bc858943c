import { describe, expect, it } from 'vitest';
import { itemCount, MAX_QUANTITY, parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it('accepts whole numbers from the minimum to the maximum', () => {
    expect(parseQuantity('1', 1)).toBe(1);
    expect(parseQuantity(' 7 ', 1)).toBe(7);
    expect(parseQuantity('0', 0)).toBe(0);
    expect(parseQuantity(String(MAX_QUANTITY), 1)).toBe(MAX_QUANTITY);
  });

  it('refuses what is not a whole number in range', () => {
    for (const text of ['', '0', '-1', '2.5', '1e2', 'abc', String(MAX_QUANTITY + 1), '0100']) {
      expect(parseQuantity(text, 1), text).toBeUndefined();
    }
  });
});

describe('itemCount', () => {
  it('counts items in words', () => {
    expect(itemCount(0)).toBe('0 items');
    expect(itemCount(1)).toBe('1 item');
    expect(itemCount(3)).toBe('3 items');
  });
});
