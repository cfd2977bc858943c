package dev.storefront.order;

import java.util.List;

import dev.storefront.Answers.Money;
import dev.storefront.Answers.PageInfo;
import dev.storefront.Answers.UserError;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.GraphQlTester;

import static dev.storefront.Answers.valueOrNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order operations as the SPA sends them (documents in {@code graphql-test/}), the callers
 * tests need, and the shapes of the answers.
 */
final class OrderOperations {

    static final String CANCEL = "cancelOrder";

    static final String MARK_PAID = "markOrderPaid";

    static final String MARK_SHIPPED = "markOrderShipped";

    private OrderOperations() {}

    /** A guest with a session (a cart write made it), as a guest who checked out has. */
    static Visitor guestWithSession(int port, String productId) {
        Visitor guest = Visitors.anonymous(port);
        guest.documentName("addToCartUserErrors")
                .variable("productId", productId)
                .execute()
                .path("addToCart.userErrors")
                .entityList(UserError.class)
                .hasSize(0);
        assertThat(guest.cookie("SESSION")).isNotNull();
        return guest;
    }

    static String newEmail() {
        return Visitors.uniqueEmail("orders");
    }

    /** {@code order(number:)}. */
    static GraphQlTester.Response order(Visitor caller, String number) {
        return caller.documentName("order").variable("number", number).execute();
    }

    /** The order of that number as the caller sees it, null when it sees none. */
    static @Nullable OrderData orderData(Visitor caller, String number) {
        return valueOrNull(order(caller, number), "order", OrderData.class);
    }

    /** {@code myOrders}. */
    static GraphQlTester.Request<?> myOrders(Visitor caller) {
        return caller.documentName("myOrders");
    }

    /** {@code orders}, the admin's list. */
    static GraphQlTester.Request<?> orders(Visitor caller) {
        return caller.documentName("orders");
    }

    /** One of {@link #CANCEL}, {@link #MARK_PAID}, {@link #MARK_SHIPPED} on the order of that number. */
    static GraphQlTester.Response run(Visitor caller, String mutation, String number) {
        return caller.documentName(mutation).variable("number", number).execute();
    }

    /** The payload of one of {@link #CANCEL}, {@link #MARK_PAID}, {@link #MARK_SHIPPED}. */
    static OrderPayloadData ran(Visitor caller, String mutation, String number) {
        return run(caller, mutation, number)
                .path(mutation)
                .entity(OrderPayloadData.class)
                .get();
    }

    /** {@code Order} as {@code OrderFields} selects it. */
    record OrderData(
            String number,
            String status,
            String email,
            String placedAt,
            String updatedAt,
            AddressData shippingAddress,
            Money subtotal,
            Money shipping,
            Money tax,
            Money total,
            List<OrderLineData> lines,
            @Nullable CustomerData customer) {

        /** The line of the product of that slug (as bought). */
        OrderLineData line(String slug) {
            return this.lines.stream()
                    .filter((line) -> slug.equals(line.slug()))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** {@code OrderLine} as {@code OrderFields} selects it. */
    record OrderLineData(
            String productId,
            String title,
            String slug,
            int quantity,
            Money unitPrice,
            Money lineTotal,
            @Nullable LineProductData product) {}

    record LineProductData(String id, String title, boolean active) {}

    record CustomerData(String id, String email) {}

    /** {@code Address}. */
    record AddressData(
            String name,
            String line1,
            @Nullable String line2,
            String city,
            String postalCode,
            @Nullable String region,
            String countryCode) {}

    /** {@code myOrders} as {@code myOrders.graphql} selects it. */
    record OrderConnectionData(int totalCount, PageInfo pageInfo, List<NumberEdgeData> edges, List<OrderData> nodes) {

        List<String> numbers() {
            return this.nodes.stream().map(OrderData::number).toList();
        }
    }

    record NumberEdgeData(String cursor, NumberData node) {}

    record NumberData(String number) {}

    /** {@code orders} as {@code orders.graphql} selects it. */
    record OrderListData(int totalCount, PageInfo pageInfo, List<ListedOrderData> nodes) {

        List<String> numbers() {
            return this.nodes.stream().map(ListedOrderData::number).toList();
        }
    }

    record ListedOrderData(
            String number,
            String status,
            String email,
            @Nullable EmailData customer) {}

    record EmailData(String email) {}

    /** {@code OrderPayload}. */
    record OrderPayloadData(@Nullable StatusData order, List<UserError> userErrors) {}

    record StatusData(String number, String status) {}
}
