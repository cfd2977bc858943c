/** An amount of money as the API sends it: the amount is an exact decimal string, e.g. "19.99". */
export interface MoneyValue {
  amount: string;
  currencyCode: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currencyCode: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currencyCode}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode });
    formatters.set(key, format);
  }
  return format;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Formats an amount in its currency for the shopper's locale. The decimal string goes to
 * Intl.NumberFormat as is (it formats strings exactly), so no price passes through a float.
 */
export function formatMoney(amount: string, currencyCode: string, locale?: string): string {
  if (!DECIMAL.test(amount)) return `${amount} ${currencyCode}`;
  try {
    return formatter(currencyCode, locale).format(amount as Intl.StringNumericLiteral);
  } catch {
    // An unknown currency code: show the amount and the code rather than nothing.
    return `${amount} ${currencyCode}`;
  }
}

/** True when the text is a non-negative decimal amount a price filter accepts, e.g. "10" or "9.99". */
export function isPriceInput(text: string): boolean {
  return /^\d+(\.\d{1,2})?$/.test(text.trim());
}
