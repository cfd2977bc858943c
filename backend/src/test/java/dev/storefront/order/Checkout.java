package dev.storefront.order;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Answers.Money;
import dev.storefront.Answers.UserError;
import dev.storefront.Visitor;
import dev.storefront.order.OrderOperations.AddressData;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checkout as the SPA does it, for tests: products of their own (made behind the API's back and
 * removed after, with the orders placed for them), a cart, and {@code placeOrder}.
 */
final class Checkout {

    /** Guests' orders in tests go to this domain, so that they can be removed after. */
    static final String EMAIL_DOMAIN = "@checkout.test";

    private final JdbcTemplate jdbc;

    private final String prefix;

    Checkout(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    /** A new product on sale, in no search index; its id. */
    long product(String price, int stock) {
        String slug = this.prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.jdbc.update("""
                insert into product (slug, title, description, price, stock, featured, active, created_at,
                  updated_at, version)
                values (?, ?, 'For checkout tests.', ?, ?, false, true, now(), now(), 0)""", slug, "Title of " + slug, new BigDecimal(price), stock);
        return this.jdbc.queryForObject("select id from product where slug = ?", Long.class, slug);
    }

    int stock(long productId) {
        return this.jdbc.queryForObject("select stock from product where id = ?", Integer.class, productId);
    }

    int orderCount() {
        return this.jdbc.queryForObject(
                "select count(*) from customer_order where email like ?", Integer.class, "%" + EMAIL_DOMAIN);
    }

    /** Removes this test's products, the cart lines and orders that hold them. */
    void removeAll() {
        String like = this.prefix + "-%";
        this.jdbc.update(
                "delete from customer_order where id in (select order_id from order_line where slug like ?)", like);
        this.jdbc.update("delete from customer_order where email like ?", "%" + EMAIL_DOMAIN);
        this.jdbc.update("delete from cart_line where product_id in (select id from product where slug like ?)", like);
        this.jdbc.update("delete from product where slug like ?", like);
    }

    /** Adds to the cart as the checkout tests do: only the user errors come back. */
    static List<UserError> add(Visitor browser, long productId, int quantity) {
        return browser.documentName("addToCartUserErrors")
                .variable("productId", String.valueOf(productId))
                .variable("quantity", quantity)
                .execute()
                .path("addToCart.userErrors")
                .entityList(UserError.class)
                .get();
    }

    /** A guest's input with a new key. */
    static OrderInput guestInput() {
        OrderInput input = new OrderInput();
        input.put("email", "Guest-" + UUID.randomUUID() + EMAIL_DOMAIN);
        input.put("idempotencyKey", UUID.randomUUID().toString());
        input.address().put("name", "Ada Lovelace");
        input.address().put("line1", "12 St James's Square");
        input.address().put("city", "London");
        input.address().put("postalCode", "SW1Y 4JH");
        input.address().put("countryCode", "gb");
        return input;
    }

    static GraphQlTester.Response placing(Visitor browser, OrderInput input) {
        return browser.documentName("placeOrder")
                .variable("input", input.asVariable())
                .execute();
    }

    static PlacedData place(Visitor browser, OrderInput input) {
        return placing(browser, input)
                .path("placeOrder")
                .entity(PlacedData.class)
                .get();
    }

    /** The cart's checkout totals, as the SPA shows them before placing. */
    static CheckoutData checkoutTotals(Visitor browser) {
        return browser.documentName("checkoutTotals")
                .execute()
                .path("cart.checkout")
                .entity(CheckoutData.class)
                .get();
    }

    /**
     * A {@code PlaceOrderInput} a test may spoil field by field: its own fields, and its address's
     * (sent as {@code shippingAddress}). What was never put is not sent.
     */
    static final class OrderInput {

        private final Map<String, @Nullable Object> fields = new HashMap<>();

        private final Map<String, @Nullable Object> address = new HashMap<>();

        OrderInput put(String field, @Nullable Object value) {
            this.fields.put(field, value);
            return this;
        }

        OrderInput remove(String field) {
            this.fields.remove(field);
            return this;
        }

        Map<String, @Nullable Object> address() {
            return this.address;
        }

        Map<String, @Nullable Object> asVariable() {
            Map<String, @Nullable Object> variable = new HashMap<>(this.fields);
            variable.put("shippingAddress", new HashMap<>(this.address));
            return variable;
        }

        @Override
        public String toString() {
            return asVariable().toString();
        }
    }

    /** {@code PlaceOrderPayload} as {@code placeOrder.graphql} selects it. */
    record PlacedData(
            @Nullable PlacedOrderData order,
            PlacedCartData cart,
            boolean replayed,
            List<ShortageData> shortages,
            List<UserError> userErrors) {

        List<String> codes() {
            return this.userErrors.stream().map(UserError::code).toList();
        }
    }

    record PlacedOrderData(
            String id,
            String number,
            String status,
            String email,
            PaymentMethodData paymentMethod,
            AddressData shippingAddress,
            Money subtotal,
            Money shipping,
            Money tax,
            Money total,
            List<PlacedLineData> lines) {}

    record PaymentMethodData(String code, String name, String instructions) {}

    record PlacedLineData(
            String productId, String title, String slug, int quantity, Money unitPrice, Money lineTotal) {}

    record PlacedCartData(@Nullable String id, int totalQuantity, List<PlacedCartLineData> lines) {}

    record PlacedCartLineData(int quantity, SlugData product) {}

    record SlugData(String slug) {}

    record ShortageData(String productId, String title, int requested, int available) {}

    /** {@code CheckoutTotals} as {@code checkoutTotals.graphql} selects them. */
    record CheckoutData(
            Money subtotal,
            Money shipping,
            Money tax,
            Money total,
            @Nullable Money freeShippingFrom) {}
}
