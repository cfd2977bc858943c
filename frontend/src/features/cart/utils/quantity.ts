/** The most items of one product a cart holds (the server's `storefront.cart.max-line-quantity` default). */
export const MAX_QUANTITY = 99;

/**
 * The whole number the shopper typed when it lies in `min`…`MAX_QUANTITY`, else undefined.
 * Only digits count: "2.5", "1e2" and "-1" are not quantities.
 */
export function parseQuantity(text: string, min: number): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const quantity = Number(trimmed);
  return quantity >= min && quantity <= MAX_QUANTITY ? quantity : undefined;
}

/** "1 item", "3 items". */
export function itemCount(quantity: number): string {
  return `${quantity} ${quantity === 1 ? 'item' : 'items'}`;
}
