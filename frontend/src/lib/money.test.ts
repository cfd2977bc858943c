import { describe, expect, it } from 'vitest';
import { formatMoney, isPriceInput } from './money';

describe('formatMoney', () => {
  it('formats an amount in its currency', () => {
    expect(formatMoney('19.99', 'USD', 'en-US')).toBe('$19.99');
    expect(formatMoney('1249.5', 'USD', 'en-US')).toBe('$1,249.50');
    expect(formatMoney('0', 'USD', 'en-US')).toBe('$0.00');
  });

  it("follows the locale's conventions", () => {
    expect(formatMoney('1234.56', 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney('1234', 'JPY', 'ja-JP')).toBe('￥1,234');
  });

  it('never rounds the amount through a float', () => {
    // 2^53 + 1 and a cent: a float would print ...992.00
    expect(formatMoney('9007199254740993.01', 'USD', 'en-US')).toBe('$9,007,199,254,740,993.01');
    expect(formatMoney('0.10', 'USD', 'en-US')).toBe('$0.10');
  });

  it('shows what it cannot format rather than failing', () => {
    expect(formatMoney('abc', 'USD', 'en-US')).toBe('abc USD');
    expect(formatMoney('5.00', 'NOT-A-CODE', 'en-US')).toBe('5.00 NOT-A-CODE');
  });
});

describe('isPriceInput', () => {
  it('accepts whole amounts and amounts with cents', () => {
    expect(['10', '9.99', '0.5', ' 12 '].every(isPriceInput)).toBe(true);
  });

  it('rejects anything else', () => {
    expect(['', '-1', '1e3', '9.999', 'ten', '1,5'].some(isPriceInput)).toBe(false);
  });
});
