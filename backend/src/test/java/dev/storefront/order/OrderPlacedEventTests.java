package dev.storefront.order;

import java.time.Duration;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.order.Checkout.OrderInput;
import dev.storefront.order.Checkout.PlacedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.order.Checkout.add;
import static dev.storefront.order.Checkout.guestInput;
import static dev.storefront.order.Checkout.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Other modules hear of an order once it is committed, and never of one that wasn't placed. */
@StorefrontTest
class OrderPlacedEventTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderPlacedProbe probe;

    Checkout checkout;

    @BeforeEach
    void products() {
        this.checkout = new Checkout(this.jdbc, "events");
    }

    @AfterEach
    void removeProducts() {
        this.checkout.removeAll();
    }

    @Test
    void aPlacedOrderIsHeardAfterItCommittedAndTheConfirmationCompletes() {
        long mug = this.checkout.product("12.50", 5);
        Visitor guest = Visitor.opened(this.port);
        add(guest, mug, 2);
        int before = this.probe.heard().size();

        OrderInput input = guestInput();
        PlacedData placed = place(guest, input);

        String number = placed.order().number();
        assertThat(this.probe.heard()).hasSize(before + 1).last().satisfies((heard) -> {
            assertThat(heard.committed()).as("committed when heard").isTrue();
            assertThat(heard.event().number()).isEqualTo(number);
            assertThat(heard.event().email()).isEqualTo(placed.order().email());
            assertThat(heard.event().total().amount()).hasToString("29.95");
            assertThat(heard.event().lines()).containsExactly(new OrderPlaced.Line(mug, 2));
        });
        // The registry kept the event for the confirmation until it was delivered (on another thread).
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(this.jdbc.queryForObject(
                                "select count(*) from EVENT_PUBLICATION where listener_id like '%OrderConfirmation%' "
                                        + "and serialized_event like ? and completion_date is not null",
                                Integer.class, "%" + number + "%"))
                        .isEqualTo(1));

        // A replay places nothing, and nothing is heard.
        assertThat(place(guest, input).replayed()).isTrue();
        assertThat(this.probe.heard()).hasSize(before + 1);
    }

    @Test
    void nothingIsHeardWhenNothingIsPlaced() {
        long mug = this.checkout.product("12.50", 5);
        Visitor guest = Visitor.opened(this.port);
        add(guest, mug, 2);
        int before = this.probe.heard().size();
        int publications = this.jdbc.queryForObject("select count(*) from EVENT_PUBLICATION", Integer.class);

        OrderInput input = guestInput();
        input.put("expectedTotal", "1.00");
        assertThat(place(guest, input).codes()).containsExactly("PRICE_CHANGED");
        this.jdbc.update("update product set stock = 1 where id = ?", mug);
        assertThat(place(guest, guestInput()).codes()).containsExactly("INSUFFICIENT_STOCK");

        assertThat(this.probe.heard()).hasSize(before);
        assertThat(this.jdbc.queryForObject("select count(*) from EVENT_PUBLICATION", Integer.class))
                .isEqualTo(publications);
    }
}
