package dev.storefront.order;

import java.time.Instant;
import java.util.Map;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.storefront.order.OrderOperations.myOrders;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a page of order history with every order's lines, their products and the customer
 * costs the same few statements for 20 orders as for 2: the lines of the page come in one
 * statement, the products in one catalog read, the customers in one account read.
 */
@StorefrontTest
class OrderStatementCountTests {

    static final Map<String, Integer> THREE_LINES = Map.of("chefs-knife", 1, "summit-tent", 2, "insulated-bottle", 3);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    OrderFixtures fixtures;

    @AfterEach
    void removeOrders() {
        this.fixtures.removeAll();
    }

    @Test
    void aHistoryPageOfTwentyOrdersCostsWhatAPageOfTwoCosts() {
        this.fixtures = OrderFixtures.of(this.context);
        Visitor few = shopperWithOrders(2);
        Visitor many = shopperWithOrders(20);
        myOrders(many)
                .execute()
                .path("myOrders.nodes[*].number")
                .entityList(String.class)
                .hasSize(20);

        long twoOrders = statementsToRead(few);
        long twentyOrders = statementsToRead(many);
        // The caller's roles (read per request in tests), the page, its lines, the count, the
        // products, the customers with their roles.
        assertThat(twentyOrders).isEqualTo(twoOrders).isLessThanOrEqualTo(6);
    }

    private Visitor shopperWithOrders(int count) {
        String email = OrderOperations.newEmail();
        Visitor browser = Visitors.shopper(this.port, email);
        long customerId = this.fixtures.customerId(email);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            this.fixtures.place(customerId, email, now.minusSeconds(i), THREE_LINES);
        }
        return browser;
    }

    private long statementsToRead(Visitor browser) {
        myOrders(browser).executeAndVerify();
        Statistics statistics =
                this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        myOrders(browser).executeAndVerify();
        return statistics.getPrepareStatementCount();
    }
}
