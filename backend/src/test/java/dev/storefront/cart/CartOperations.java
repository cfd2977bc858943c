package dev.storefront.cart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.storefront.Answers.Money;
import dev.storefront.Answers.UserError;
import dev.storefront.Visitor;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The cart operations as the SPA sends them (documents in {@code graphql-test/}, reading the
 * cart through the {@code CartFields} fragment), and the shapes of their answers.
 */
final class CartOperations {

    private CartOperations() {}

    static GraphQlTester.Request<?> addToCart(Visitor visitor, String productId, Object quantity) {
        return visitor.documentName("addToCart")
                .variable("productId", productId)
                .variable("quantity", quantity);
    }

    static CartPayloadData add(Visitor visitor, String productId, int quantity) {
        return addToCart(visitor, productId, quantity)
                .execute()
                .path("addToCart")
                .entity(CartPayloadData.class)
                .get();
    }

    static CartPayloadData update(Visitor visitor, String lineId, int quantity) {
        return visitor.documentName("updateCartLine")
                .variable("lineId", lineId)
                .variable("quantity", quantity)
                .execute()
                .path("updateCartLine")
                .entity(CartPayloadData.class)
                .get();
    }

    static CartPayloadData remove(Visitor visitor, String lineId) {
        return visitor.documentName("removeCartLine")
                .variable("lineId", lineId)
                .execute()
                .path("removeCartLine")
                .entity(CartPayloadData.class)
                .get();
    }

    static CartPayloadData clear(Visitor visitor) {
        return visitor.documentName("clearCart")
                .execute()
                .path("clearCart")
                .entity(CartPayloadData.class)
                .get();
    }

    static CartData cart(Visitor visitor) {
        return visitor.documentName("cart")
                .execute()
                .path("cart")
                .entity(CartData.class)
                .get();
    }

    /** {@code Cart} as {@code CartFields} selects it. */
    record CartData(
            @Nullable String id,
            int totalQuantity,
            @Nullable String updatedAt,
            Money subtotal,
            Money tax,
            Money total,
            List<LineData> lines) {

        /** slug → quantity of each line, in the cart's order. */
        Map<String, Integer> quantities() {
            Map<String, Integer> quantities = new LinkedHashMap<>();
            this.lines.forEach((line) -> quantities.put(line.product().slug(), line.quantity()));
            return quantities;
        }
    }

    /** {@code CartLine} as {@code CartFields} selects it. */
    record LineData(
            String id,
            int quantity,
            int buyableQuantity,
            Money unitPrice,
            Money lineTotal,
            @Nullable UserError problem,
            LineProductData product) {}

    record LineProductData(String id, String slug, String title) {}

    /** {@code CartPayload}. */
    record CartPayloadData(CartData cart, List<UserError> userErrors) {}
}
