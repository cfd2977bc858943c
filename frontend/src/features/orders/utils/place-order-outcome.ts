import { type FormErrors, noFormErrors, toFormErrors, type UserErrorEntry } from '@/lib/user-errors';
import { CHECKOUT_FIELDS, type CheckoutField } from './checkout-form';

/** A cart line that could not be had as the cart held it (`StockShortage`). */
export interface Shortage {
  productId: string;
  title: string;
  requested: number;
  available: number;
}

/** The part of `PlaceOrderPayload` that says how placing went. */
export interface PlaceOrderAnswer {
  order: { number: string } | null | undefined;
  shortages: readonly Shortage[];
  userErrors: readonly UserErrorEntry[];
}

/** Why nothing was placed, sorted by what the checkout page does about each. */
export interface CheckoutProblems {
  /** Problems with what the shopper typed, next to the fields; the rest above the form. */
  form: FormErrors<CheckoutField>;
  /** The total changed (PRICE_CHANGED): the server's message, to show with the new total. */
  priceChanged?: string;
  /** Stock ran short (INSUFFICIENT_STOCK, PRODUCT_UNAVAILABLE): what is left of each line. */
  stock?: { messages: string[]; shortages: readonly Shortage[] };
  /** Nothing in the cart can be bought (CART_EMPTY). */
  cartEmpty?: string;
}

export type PlaceOrderOutcome = { placed: string } | { problems: CheckoutProblems };

const STOCK_CODES = new Set(['INSUFFICIENT_STOCK', 'PRODUCT_UNAVAILABLE']);

export function noCheckoutProblems(): CheckoutProblems {
  return { form: noFormErrors() };
}

/** What placing an order came to: the number of the order placed, or why nothing was. */
export function placeOrderOutcome(answer: PlaceOrderAnswer): PlaceOrderOutcome {
  if (answer.order) return { placed: answer.order.number };
  const rest: UserErrorEntry[] = [];
  const problems: CheckoutProblems = noCheckoutProblems();
  const stockMessages: string[] = [];
  for (const error of answer.userErrors) {
    if (error.code === 'PRICE_CHANGED') problems.priceChanged = error.message;
    else if (error.code === 'CART_EMPTY') problems.cartEmpty = error.message;
    else if (STOCK_CODES.has(error.code)) stockMessages.push(error.message);
    else rest.push(error);
  }
  if (stockMessages.length > 0 || answer.shortages.length > 0) {
    problems.stock = { messages: stockMessages, shortages: answer.shortages };
  }
  problems.form = toFormErrors(rest, CHECKOUT_FIELDS);
  // An answer with neither an order nor a reason must still say something.
  if (answer.userErrors.length === 0 && answer.shortages.length === 0) {
    problems.form.general.push('The order could not be placed. Please try again.');
  }
  return { problems };
}

/** True when the cart may have changed on the server, so the summary must be read again. */
export function cartChanged(problems: CheckoutProblems): boolean {
  return Boolean(problems.priceChanged || problems.stock || problems.cartEmpty);
}
