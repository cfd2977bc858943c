package dev.storefront.order;

import java.util.List;

import dev.storefront.cart.CartView;
import dev.storefront.shared.UserError;
import org.jspecify.annotations.Nullable;

/** The outcome of {@code placeOrder}: the order, or why there is none, and the cart afterwards. */
record PlaceOrderPayload(
        @Nullable OrderView order,
        CartView cart,
        boolean replayed,
        List<StockShortage> shortages,
        List<UserError> userErrors) {

    static PlaceOrderPayload placed(OrderView order, CartView cart) {
        return new PlaceOrderPayload(order, cart, false, List.of(), List.of());
    }

    static PlaceOrderPayload replayed(OrderView order, CartView cart) {
        return new PlaceOrderPayload(order, cart, true, List.of(), List.of());
    }

    static PlaceOrderPayload refused(CartView cart, List<UserError> errors) {
        return new PlaceOrderPayload(null, cart, false, List.of(), errors);
    }

    static PlaceOrderPayload shortOf(CartView cart, List<StockShortage> shortages, List<UserError> errors) {
        return new PlaceOrderPayload(null, cart, false, shortages, errors);
    }
}
