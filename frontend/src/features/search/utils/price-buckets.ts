import { formatMoney } from '@/lib/money';

/** A price bucket of the search facets: `min` inclusive, `max` exclusive; null for no bound. */
export interface PriceBucket {
  min: string | null;
  max: string | null;
}

/** The price filter a bucket sets, as the address keeps it (empty for no bound). */
export interface PriceSelection {
  minPrice: string;
  maxPrice: string;
}

const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;

/** The amount in cents, exactly (no float on the way), or null when it isn't a plain amount. */
export function toCents(amount: string): bigint | null {
  const match = AMOUNT.exec(amount.trim());
  if (!match) return null;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

function fromCents(cents: bigint): string {
  const whole = cents / 100n;
  const fraction = cents % 100n;
  return fraction === 0n ? String(whole) : `${whole}.${String(fraction).padStart(2, '0')}`;
}

/**
 * The filter for a bucket. The filter's `maxPrice` is inclusive but a bucket's `max` is not, so
 * the filter stops a cent below it (prices have at most two decimals): the results then are
 * exactly what the bucket counted. The last bucket sets only `minPrice`, the first only `maxPrice`.
 */
export function bucketSelection(bucket: PriceBucket): PriceSelection {
  const maxCents = bucket.max === null ? null : toCents(bucket.max);
  return {
    minPrice: bucket.min ?? '',
    maxPrice: maxCents === null ? '' : fromCents(maxCents > 0n ? maxCents - 1n : 0n),
  };
}

function sameAmount(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  const ca = toCents(a);
  return ca !== null && ca === toCents(b);
}

/** True when the address's price range is the one this bucket sets. */
export function isBucketSelected(bucket: PriceBucket, selection: PriceSelection): boolean {
  const own = bucketSelection(bucket);
  return sameAmount(own.minPrice, selection.minPrice) && sameAmount(own.maxPrice, selection.maxPrice);
}

const wholeFormatters = new Map<string, Intl.NumberFormat>();

/** An amount for a label: "$25" for whole amounts, "$9.99" otherwise; without a currency, just the number. */
export function formatBound(amount: string, currencyCode: string | undefined): string {
  if (!currencyCode) return amount;
  const cents = toCents(amount);
  if (cents === null || cents % 100n !== 0n) return formatMoney(amount, currencyCode);
  try {
    let format = wholeFormatters.get(currencyCode);
    if (!format) {
      format = new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency: currencyCode,
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      });
      wholeFormatters.set(currencyCode, format);
    }
    return format.format(String(cents / 100n) as Intl.StringNumericLiteral);
  } catch {
    return formatMoney(amount, currencyCode);
  }
}

/** "Under $25", "$25 – $50", "$500 and up" (or "Any price" for a bucket without bounds). */
export function bucketLabel(bucket: PriceBucket, currencyCode: string | undefined): string {
  const { min, max } = bucket;
  if (min !== null && max !== null) {
    return `${formatBound(min, currencyCode)} – ${formatBound(max, currencyCode)}`;
  }
  if (max !== null) return `Under ${formatBound(max, currencyCode)}`;
  if (min !== null) return `${formatBound(min, currencyCode)} and up`;
  return 'Any price';
}
