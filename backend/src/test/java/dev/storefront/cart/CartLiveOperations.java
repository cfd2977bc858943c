package dev.storefront.cart;

import java.util.List;
import java.util.Map;

import dev.storefront.Browser;

/**
 * The cart operations in the raw {@link Browser} form the live-update tests still use with
 * {@link dev.storefront.EventStream} (the other cart tests go through {@code Visitor}).
 */
final class CartLiveOperations {

    static final String CART_FIELDS = """
            id totalQuantity updatedAt
            subtotal { amount currencyCode } tax { amount } total { amount }
            lines { id quantity buyableQuantity unitPrice { amount } lineTotal { amount } problem { code message } product { id slug title } }""";

    static final String CART = "query Cart { cart { " + CART_FIELDS + " } }";

    static final String ADD =
            "mutation Add($productId: ID!, $quantity: PositiveInt!) { addToCart(productId: $productId, "
                    + "quantity: $quantity) { cart { " + CART_FIELDS + " } userErrors { code field message } } }";

    static final String UPDATE = "mutation Update($lineId: ID!, $quantity: NonNegativeInt!) { updateCartLine(lineId: "
            + "$lineId, quantity: $quantity) { cart { " + CART_FIELDS + " } userErrors { code field message } } }";

    static final String REMOVE = "mutation Remove($lineId: ID!) { removeCartLine(lineId: $lineId) { cart { "
            + CART_FIELDS + " } userErrors { code field message } } }";

    static final String CLEAR = "mutation Clear { clearCart { cart { " + CART_FIELDS + " } userErrors { code } } }";

    private CartLiveOperations() {}

    static Map<String, Object> add(Browser browser, String productId, Object quantity) {
        return browser.graphql(ADD, Map.of("productId", productId, "quantity", quantity));
    }

    static String productId(Browser browser, String slug) {
        return (String) Browser.at(
                browser.graphql("query($s: String) { product(slug: $s) { id } }", Map.of("s", slug)), "product.id");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> lines(Map<String, Object> response, String cartPath) {
        return (List<Map<String, Object>>) Browser.at(response, cartPath + ".lines");
    }

    /** slug → quantity of each line. */
    @SuppressWarnings("unchecked")
    static Map<String, Integer> quantities(Map<String, Object> response, String cartPath) {
        Map<String, Integer> result = new java.util.LinkedHashMap<>();
        for (Map<String, Object> line : lines(response, cartPath)) {
            result.put(
                    (String) ((Map<String, Object>) line.get("product")).get("slug"), (Integer) line.get("quantity"));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    static List<String> codes(Map<String, Object> response, String mutation) {
        return ((List<Map<String, Object>>) Browser.at(response, mutation + ".userErrors"))
                .stream().map((error) -> (String) error.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    static String firstMessage(Map<String, Object> response, String mutation) {
        return (String) ((List<Map<String, Object>>) Browser.at(response, mutation + ".userErrors"))
                .get(0)
                .get("message");
    }
}
