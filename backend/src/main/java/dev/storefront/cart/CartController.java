package dev.storefront.cart;

import dev.storefront.account.AuthPayload;
import dev.storefront.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The cart's queries and mutations, and the cart fields of the sign-in and sign-out payloads. */
@Controller
class CartController {

    private final ShoppingCart cart;

    CartController(ShoppingCart cart) {
        this.cart = cart;
    }

    @QueryMapping
    CartView cart() {
        return this.cart.current();
    }

    @MutationMapping
    CartPayload addToCart(@Argument String productId, @Argument int quantity) {
        return this.cart.add(Ids.parseOrNone(productId), quantity);
    }

    @MutationMapping
    CartPayload updateCartLine(@Argument String lineId, @Argument int quantity) {
        return this.cart.update(Ids.parseOrNone(lineId), quantity);
    }

    @MutationMapping
    CartPayload removeCartLine(@Argument String lineId) {
        return this.cart.remove(Ids.parseOrNone(lineId));
    }

    @MutationMapping
    CartPayload clearCart() {
        return this.cart.clear();
    }

    @SchemaMapping(typeName = "AuthPayload", field = "cart")
    @Nullable
    CartView signedInCart(AuthPayload payload) {
        return (payload.customer() != null) ? this.cart.current() : null;
    }

    @SchemaMapping(typeName = "AuthPayload", field = "cartMerge")
    @Nullable
    CartMerge cartMerge(AuthPayload payload) {
        return (payload.customer() != null) ? this.cart.lastMerge().orElse(null) : null;
    }

    @SchemaMapping(typeName = "LogoutPayload", field = "cart")
    CartView signedOutCart() {
        return this.cart.current();
    }
}
