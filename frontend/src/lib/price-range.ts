import { isPriceInput } from '@/lib/money';

/** What is wrong with a typed price range: a price that is no price, or a min above the max. */
export function priceRangeProblem(min: string, max: string): 'format' | 'order' | undefined {
  const [low, high] = [min.trim(), max.trim()];
  if ((low !== '' && !isPriceInput(low)) || (high !== '' && !isPriceInput(high))) return 'format';
  if (low !== '' && high !== '' && Number(low) > Number(high)) return 'order';
  return undefined;
}
