package dev.storefront.order;

/**
 * A cart line that can't be had as the cart held it (the GraphQL {@code StockShortage}).
 *
 * @param available how many can be bought now: the stock, or 0 when sold out or off sale
 */
record StockShortage(long productId, String title, int requested, int available) {}
