package dev.storefront.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.order.OrderOperations.OrderConnectionData;
import dev.storefront.order.OrderOperations.OrderListData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;

import static dev.storefront.Answers.classifiedAs;
import static dev.storefront.Answers.text;
import static dev.storefront.order.OrderOperations.MARK_PAID;
import static dev.storefront.order.OrderOperations.myOrders;
import static dev.storefront.order.OrderOperations.orders;
import static dev.storefront.order.OrderOperations.ran;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order lists are newest first and keyset-paged: cursors round-trip, a cursor this API didn't
 * write or a page size out of range is a BAD_REQUEST, and the admin list filters by status,
 * email and number.
 */
@StorefrontTest
class OrderPagingTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    OrderFixtures fixtures;

    String email;

    Visitor shopper;

    /** The shopper's orders, newest first. */
    List<String> newestFirst;

    @BeforeEach
    void fiveOrdersTwoOfThemPlacedAtTheSameInstant() {
        this.fixtures = OrderFixtures.of(this.context);
        this.email = OrderOperations.newEmail();
        this.shopper = Visitors.shopper(this.port, this.email);
        long customerId = this.fixtures.customerId(this.email);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(1, ChronoUnit.DAYS);
        List<String> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // The 3rd and 4th share their instant: the id orders them.
            Instant placedAt = start.plusSeconds((i == 3) ? 2 : i);
            oldestFirst.add(
                    this.fixtures.place(customerId, this.email, placedAt).number());
        }
        this.newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(this.newestFirst);
    }

    @AfterEach
    void removeOrders() {
        this.fixtures.removeAll();
    }

    @Test
    void ordersComeNewestFirstAndCursorsWalkThemWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean first = true;
        do {
            OrderConnectionData page = page(2, after)
                    .path("myOrders")
                    .entity(OrderConnectionData.class)
                    .get();
            assertThat(page.totalCount()).isEqualTo(5);
            assertThat(page.pageInfo().hasPreviousPage()).isEqualTo(!first);
            seen.addAll(page.numbers());
            after = (Boolean.TRUE.equals(page.pageInfo().hasNextPage()))
                    ? page.pageInfo().endCursor()
                    : null;
            first = false;
        } while (after != null);
        assertThat(seen).isEqualTo(this.newestFirst);
    }

    @Test
    void aForgedCursorIsABadRequest() {
        String real = page(1, null)
                .path("myOrders.pageInfo.endCursor")
                .entity(String.class)
                .get();
        String plain = new String(Base64.getUrlDecoder().decode(real), StandardCharsets.UTF_8);
        List<String> forged = List.of(
                "nonsense",
                "",
                "%%%",
                encode("o1|2024-01-01T00:00:00Z|0"),
                encode("o1|2024-01-01T00:00:00Z|99999999999999999999"),
                encode("o1|+1000000000-01-01T00:00:00Z|5"),
                encode("o1|0999-01-01T00:00:00Z|5"),
                encode("o1|yesterday|5"),
                encode("v1|NEWEST|5|2024-01-01T00:00:00Z"),
                encode(plain + "|extra"),
                "A".repeat(10_000));
        for (String cursor : forged) {
            page(2, cursor).errors().satisfy(classifiedAs("BAD_REQUEST"));
        }
    }

    @Test
    void aPageSizeOutsideOneToAHundredIsABadRequest() {
        for (int size : List.of(0, -1, 101, Integer.MAX_VALUE)) {
            page(size, null).errors().satisfy(classifiedAs("BAD_REQUEST"));
        }
        page(100, null)
                .path("myOrders.nodes[*].number")
                .entityList(String.class)
                .hasSize(5);
        Map<String, @Nullable Object> defaults = new HashMap<>();
        defaults.put("first", null);
        myOrders(this.shopper)
                .variables(defaults)
                .execute()
                .path("myOrders.nodes[*].number")
                .entityList(String.class)
                .hasSize(5);
    }

    @Test
    void theAdminListFiltersByStatusEmailAndNumber() {
        Visitor admin = Visitors.admin(this.port);
        ran(admin, MARK_PAID, this.newestFirst.get(1));
        ran(admin, MARK_PAID, this.newestFirst.get(3));
        String shouted = "  " + this.email.toUpperCase() + " ";
        assertThat(listed(admin, Map.of("email", shouted))).isEqualTo(this.newestFirst);
        assertThat(listed(admin, Map.of("email", shouted, "status", "PAID")))
                .containsExactly(this.newestFirst.get(1), this.newestFirst.get(3));
        String number = this.newestFirst.get(2);
        assertThat(listed(admin, Map.of("number", number.toLowerCase().replace("-", " "))))
                .containsExactly(number);
        assertThat(listed(admin, Map.of("number", number, "status", "PAID"))).isEmpty();
        assertThat(listed(admin, Map.of("number", "no such number"))).isEmpty();
        assertThat(listed(admin, Map.of("email", "nobody-" + this.email))).isEmpty();
        OrderListData everything = orders(admin)
                .variable("first", 100)
                .execute()
                .path("orders")
                .entity(OrderListData.class)
                .get();
        assertThat(everything.numbers()).containsSubsequence(this.newestFirst);
    }

    @Test
    void theAdminListRefusesFilterTextsLongerThanAnyEmailOrNumber() {
        Visitor admin = Visitors.admin(this.port);
        String longEmail = "a".repeat(250) + "@x.io";
        for (Map<String, Object> filter : List.of(
                Map.<String, Object>of("email", longEmail), Map.<String, Object>of("number", "SF-" + "1".repeat(38)))) {
            GraphQlTester.Response response =
                    orders(admin).variable("filter", filter).execute();
            response.errors().satisfy(classifiedAs("BAD_REQUEST"));
            assertThat(text(response)).doesNotContain(longEmail);
        }
    }

    private GraphQlTester.Response page(int first, @Nullable String after) {
        return myOrders(this.shopper)
                .variable("first", first)
                .variable("after", after)
                .execute();
    }

    private static List<String> listed(Visitor admin, Map<String, Object> filter) {
        return orders(admin)
                .variable("filter", filter)
                .variable("first", 100)
                .execute()
                .path("orders")
                .entity(OrderListData.class)
                .get()
                .numbers();
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
