package dev.storefront.order;

import java.util.Map;
import java.util.UUID;

import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.order.Checkout.add;
import static dev.storefront.order.Checkout.guestInput;
import static dev.storefront.order.Checkout.place;
import static org.assertj.core.api.Assertions.assertThat;

/** The stock an order takes shows at once: in the product, and in search's inStock filter and facet. */
@StorefrontTest
class StockFollowsOrdersTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Visitor admin;

    String productId;

    @AfterEach
    void deleteProduct() {
        if (this.productId != null) {
            this.jdbc.update(
                    "delete from customer_order where id in (select order_id from order_line where product_id = ?)",
                    Long.valueOf(this.productId));
            this.admin
                    .documentName("deleteProduct")
                    .variable("id", this.productId)
                    .execute()
                    .path("deleteProduct.userErrors")
                    .entityList(UserError.class)
                    .hasSize(0);
        }
    }

    @Test
    void buyingTheLastItemsTakesTheProductOutOfTheInStockFacet() {
        this.admin = Visitors.admin(this.port);
        String word = "zyxwand" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        GraphQlTester.Response created = this.admin
                .documentName("createProduct")
                .variable(
                        "input",
                        Map.of(
                                "title",
                                "Stock Follows " + word,
                                "description",
                                "A " + word + " for orders.",
                                "price",
                                "7.00",
                                "stock",
                                3,
                                "slug",
                                "stock-follows-" + word))
                .execute();
        created.path("createProduct.userErrors").entityList(UserError.class).hasSize(0);
        this.productId =
                created.path("createProduct.product.id").entity(String.class).get();
        assertThat(this.productId).isNotNull();
        Visitor guest = Visitors.anonymous(this.port);
        assertThat(search(guest, word, Map.of())
                        .path("search.facets.inStock")
                        .entity(Integer.class)
                        .get())
                .isEqualTo(1);

        add(guest, Long.parseLong(this.productId), 3);
        assertThat(place(guest, guestInput()).codes()).isEmpty();

        GraphQlTester.Response after = search(guest, word, Map.of());
        after.path("search.products.totalCount").entity(Integer.class).isEqualTo(1);
        after.path("search.facets.inStock").entity(Integer.class).isEqualTo(0);
        search(guest, word, Map.of("inStock", true))
                .path("search.products.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
        guest.documentName("productStock")
                .variable("id", this.productId)
                .execute()
                .path("product.stock")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("product.inStock")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    private static GraphQlTester.Response search(Visitor caller, String query, Map<String, Object> filter) {
        return caller.documentName("search")
                .variable("q", query)
                .variable("filter", filter)
                .execute();
    }
}
