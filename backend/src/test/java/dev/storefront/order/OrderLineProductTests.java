package dev.storefront.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.storefront.Answers.Money;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.order.OrderOperations.LineProductData;
import dev.storefront.order.OrderOperations.OrderData;
import dev.storefront.order.OrderOperations.OrderLineData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.storefront.order.OrderOperations.orderData;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's lines are what was bought, whatever the catalog does later; {@code product} is the
 * product as it is now: null once it is gone, or off sale for a caller who is no admin.
 */
@StorefrontTest
class OrderLineProductTests {

    static final String LAMP = "order-test-line-lamp";

    static final String MUG = "order-test-line-mug";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    OrderFixtures fixtures;

    String email;

    Visitor owner;

    Visitor admin;

    String number;

    @BeforeEach
    void anOrderOfTwoProducts() {
        this.fixtures = OrderFixtures.of(this.context);
        this.fixtures.product(LAMP, 5);
        this.fixtures.product(MUG, 5);
        this.email = OrderOperations.newEmail();
        this.owner = Visitors.shopper(this.port, this.email);
        this.admin = Visitors.admin(this.port);
        this.number = this.fixtures
                .place(this.fixtures.customerId(this.email), this.email, Instant.now(), Map.of(LAMP, 2, MUG, 1))
                .number();
    }

    @AfterEach
    void removeOrders() {
        this.fixtures.removeAll();
    }

    @Test
    void linesKeepTheTitleAndPriceAsBoughtWhileTheProductShowsHowItIsNow() {
        this.fixtures.jdbc().update("update product set title = 'Renamed Lamp', price = 99.00 where slug = ?", LAMP);
        OrderLineData line = order(this.owner).line(LAMP);
        assertThat(line.title()).isEqualTo("Order Test " + LAMP);
        assertThat(line.unitPrice()).isEqualTo(Money.of("12.50"));
        assertThat(line.lineTotal()).isEqualTo(Money.of("25.00"));
        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.product().title()).isEqualTo("Renamed Lamp");
        assertThat(order(this.owner).subtotal().amount()).isEqualTo("37.50");
    }

    @Test
    void anArchivedProductIsNullForTheShopperAndShownToAdmins() {
        this.fixtures.jdbc().update("update product set active = false where slug = ?", LAMP);
        assertThat(order(this.owner).line(LAMP).product()).isNull();
        assertThat(order(this.owner).line(MUG).product()).isNotNull();
        OrderLineData asAdmin = order(this.admin).line(LAMP);
        assertThat(asAdmin.product()).isEqualTo(new LineProductData(asAdmin.productId(), "Order Test " + LAMP, false));
        assertThat(order(this.owner).line(LAMP).title()).isEqualTo("Order Test " + LAMP);
    }

    @Test
    void aDeletedProductIsNullForEveryoneAndTheLineStays() {
        this.fixtures.jdbc().update("delete from product where slug = ?", LAMP);
        for (Visitor caller : List.of(this.owner, this.admin)) {
            OrderLineData line = order(caller).line(LAMP);
            assertThat(line.product()).isNull();
            assertThat(line.title()).isEqualTo("Order Test " + LAMP);
        }
    }

    /** The order as the caller sees it; it sees it. */
    private OrderData order(Visitor caller) {
        OrderData order = orderData(caller, this.number);
        assertThat(order).as("the order, as seen by its owner or an admin").isNotNull();
        return order;
    }
}
