import { formatMoney, type MoneyValue } from '@/lib/money';

export interface PriceProps {
  price: MoneyValue;
  className?: string;
}

/** A formatted price; the exact amount stays machine-readable in the `value` attribute. */
export function Price({ price, className }: PriceProps) {
  return (
    <data value={price.amount} className={className}>
      {formatMoney(price.amount, price.currencyCode)}
    </data>
  );
}
