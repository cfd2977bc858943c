package dev.storefront.cart;

import dev.storefront.account.AuthPayload;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

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
		Long id = parseId(productId);
		return (id != null) ? this.cart.add(id, quantity)
				: new CartPayload(this.cart.current(),
						List.of(UserError.of(UserErrorCode.NOT_FOUND, "No product has this id", "productId")));
	}

	@MutationMapping
	CartPayload updateCartLine(@Argument String lineId, @Argument int quantity) {
		Long id = parseId(lineId);
		return this.cart.update((id != null) ? id : -1, quantity);
	}

	@MutationMapping
	CartPayload removeCartLine(@Argument String lineId) {
		Long id = parseId(lineId);
		return this.cart.remove((id != null) ? id : -1);
	}

	@MutationMapping
	CartPayload clearCart() {
		return this.cart.clear();
	}

	@SchemaMapping(typeName = "AuthPayload", field = "cart")
	@Nullable CartView signedInCart(AuthPayload payload) {
		return (payload.customer() != null) ? this.cart.current() : null;
	}

	@SchemaMapping(typeName = "AuthPayload", field = "cartMerge")
	@Nullable CartMerge cartMerge(AuthPayload payload) {
		return (payload.customer() != null) ? this.cart.lastMerge().orElse(null) : null;
	}

	@SchemaMapping(typeName = "LogoutPayload", field = "cart")
	CartView signedOutCart() {
		return this.cart.current();
	}

	private static @Nullable Long parseId(String id) {
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
