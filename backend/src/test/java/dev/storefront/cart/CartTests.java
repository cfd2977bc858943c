package dev.storefront.cart;

import java.util.Map;

import dev.storefront.Answers.Money;
import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.cart.CartOperations.CartData;
import dev.storefront.cart.CartOperations.CartPayloadData;
import dev.storefront.cart.CartOperations.LineData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Answers.assertNoData;
import static dev.storefront.Answers.classifiedAs;
import static dev.storefront.Answers.codes;
import static dev.storefront.Visitors.productId;
import static dev.storefront.cart.CartOperations.add;
import static dev.storefront.cart.CartOperations.addToCart;
import static dev.storefront.cart.CartOperations.cart;
import static dev.storefront.cart.CartOperations.clear;
import static dev.storefront.cart.CartOperations.remove;
import static dev.storefront.cart.CartOperations.update;
import static org.assertj.core.api.Assertions.assertThat;

/** The session's cart over GraphQL: totals, stock, bad input, and who may touch which line. */
@StorefrontTest
class CartTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readingTheCartCreatesNeitherCartNorSession() {
        int carts = count("cart");
        int sessions = count("SPRING_SESSION");
        Visitor browser = Visitor.opened(this.port);
        CartData cart = cart(browser);
        assertThat(cart.id()).isNull();
        assertThat(cart.lines()).isEmpty();
        assertThat(cart.total().amount()).isEqualTo("0.00");
        clear(browser);
        assertThat(browser.cookie("SESSION")).isNull();
        assertThat(count("cart")).isEqualTo(carts);
        assertThat(count("SPRING_SESSION")).isEqualTo(sessions);
    }

    @Test
    void theFirstAddCreatesTheCartAndTotalsAreExact() {
        Visitor browser = Visitor.opened(this.port);
        CartPayloadData added = add(browser, productId(browser, "igo-travel-radio"), 3);
        assertThat(added.userErrors()).isEmpty();
        assertThat(browser.cookie("SESSION")).isNotBlank();
        CartData cart = cart(browser);
        assertThat(cart.id()).isNotNull();
        assertThat(cart.lines().get(0)).satisfies((line) -> {
            assertThat(line.quantity()).isEqualTo(3);
            assertThat(line.unitPrice()).isEqualTo(Money.of("19.99"));
            assertThat(line.lineTotal()).isEqualTo(Money.of("59.97"));
        });
        assertThat(cart.subtotal()).isEqualTo(new Money("59.97", "USD"));
        assertThat(cart.tax().amount()).isEqualTo("0.00");
        assertThat(cart.total().amount()).isEqualTo("59.97");
        assertThat(cart.totalQuantity()).isEqualTo(3);
    }

    @Test
    void addingAProductAgainRaisesItsLine() {
        Visitor browser = Visitor.opened(this.port);
        String bottle = productId(browser, "insulated-bottle");
        add(browser, bottle, 2);
        CartPayloadData again = add(browser, bottle, 3);
        assertThat(again.cart().quantities()).containsExactly(Map.entry("insulated-bottle", 5));
    }

    @Test
    void moreThanTheStockSetsTheLineToTheStockAndSaysSo() {
        Visitor browser = Visitor.opened(this.port);
        CartPayloadData response = add(browser, productId(browser, "igo-travel-radio"), 10);
        assertThat(codes(response.userErrors())).containsExactly("INSUFFICIENT_STOCK");
        assertThat(response.userErrors().get(0).message()).contains("Only 8");
        assertThat(response.cart().quantities()).containsExactly(Map.entry("igo-travel-radio", 8));
    }

    @Test
    void aLineHoldsAtMostTheConfiguredMaximum() {
        this.jdbc.update("update product set stock = 500 where slug = 'insulated-bottle'");
        try {
            Visitor browser = Visitor.opened(this.port);
            CartPayloadData response = add(browser, productId(browser, "insulated-bottle"), 150);
            assertThat(codes(response.userErrors())).containsExactly("INVALID");
            assertThat(response.userErrors().get(0).message()).contains("at most 99");
            assertThat(response.cart().quantities()).containsExactly(Map.entry("insulated-bottle", 99));
        } finally {
            this.jdbc.update("update product set stock = 60 where slug = 'insulated-bottle'");
        }
    }

    @Test
    void soldOutInactiveAndUnknownProductsAddNothing() {
        int carts = count("cart");
        Visitor browser = Visitor.opened(this.port);
        assertThat(codes(add(browser, productId(browser, "pulse-portable-speaker"), 1)
                        .userErrors()))
                .containsExactly("INSUFFICIENT_STOCK");
        String toaster = this.jdbc.queryForObject("select id from product where slug = 'retro-toaster'", String.class);
        assertThat(codes(add(browser, toaster, 1).userErrors())).containsExactly("PRODUCT_UNAVAILABLE");
        assertThat(codes(add(browser, "987654321", 1).userErrors())).containsExactly("NOT_FOUND");
        assertThat(codes(add(browser, "not-an-id", 1).userErrors())).containsExactly("NOT_FOUND");
        assertThat(browser.cookie("SESSION")).isNull();
        assertThat(count("cart")).isEqualTo(carts);
    }

    @Test
    void aRefusedWriteLeavesTheCartAsItWas() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "chefs-knife"), 1);
        String cartId = cart(browser).id();
        Map<String, Object> before =
                this.jdbc.queryForMap("select updated_at, version from cart where id = ?", Long.valueOf(cartId));
        // A write locks the cart by writing its change time: a refusal must take that back.
        assertThat(codes(add(browser, productId(browser, "pulse-portable-speaker"), 1)
                        .userErrors()))
                .containsExactly("INSUFFICIENT_STOCK");
        assertThat(codes(add(browser, "987654321", 1).userErrors())).containsExactly("NOT_FOUND");
        assertThat(codes(update(browser, "987654321", 2).userErrors())).containsExactly("NOT_FOUND");
        assertThat(codes(remove(browser, "987654321").userErrors())).containsExactly("NOT_FOUND");
        assertThat(this.jdbc.queryForMap("select updated_at, version from cart where id = ?", Long.valueOf(cartId)))
                .isEqualTo(before);
        assertThat(cart(browser).quantities()).containsExactly(Map.entry("chefs-knife", 1));
    }

    @Test
    void quantitiesThatAreNoPositiveIntAreRefusedBeforeAnythingRuns() {
        int carts = count("cart");
        Visitor browser = Visitor.opened(this.port);
        String bottle = productId(browser, "insulated-bottle");
        for (Object quantity : new Object[] {0, -1, 1.5, 3_000_000_000L, "two"}) {
            GraphQlTester.Response response =
                    addToCart(browser, bottle, quantity).execute();
            response.errors().satisfy(classifiedAs("ValidationError"));
            assertNoData(response);
        }
        assertThat(browser.cookie("SESSION")).isNull();
        assertThat(count("cart")).isEqualTo(carts);
    }

    @Test
    void updatingALineSetsItsQuantityAndZeroRemovesIt() {
        Visitor browser = Visitor.opened(this.port);
        CartPayloadData added = add(browser, productId(browser, "insulated-bottle"), 1);
        String lineId = added.cart().lines().get(0).id();
        CartPayloadData updated = update(browser, lineId, 4);
        assertThat(updated.cart().quantities()).containsExactly(Map.entry("insulated-bottle", 4));
        CartPayloadData tooMany = update(browser, lineId, 61);
        assertThat(codes(tooMany.userErrors())).containsExactly("INSUFFICIENT_STOCK");
        assertThat(tooMany.cart().quantities()).containsExactly(Map.entry("insulated-bottle", 60));
        CartPayloadData removed = update(browser, lineId, 0);
        assertThat(removed.cart().lines()).isEmpty();
        assertThat(removed.cart().id()).as("the cart stays, empty").isNotNull();
    }

    @Test
    void anotherCartsLineIsNotFoundAndThatCartIsUntouched() {
        Visitor owner = Visitor.opened(this.port);
        CartPayloadData theirs = add(owner, productId(owner, "chefs-knife"), 2);
        String theirLine = theirs.cart().lines().get(0).id();
        Visitor intruder = Visitor.opened(this.port);
        add(intruder, productId(intruder, "insulated-bottle"), 1);
        assertThat(codes(update(intruder, theirLine, 1).userErrors())).containsExactly("NOT_FOUND");
        assertThat(codes(remove(intruder, theirLine).userErrors())).containsExactly("NOT_FOUND");
        assertThat(codes(update(Visitor.opened(this.port), theirLine, 1).userErrors()))
                .containsExactly("NOT_FOUND");
        assertThat(cart(owner).quantities()).containsExactly(Map.entry("chefs-knife", 2));
    }

    @Test
    void removingAndClearing() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "insulated-bottle"), 1);
        CartPayloadData two = add(browser, productId(browser, "chefs-knife"), 1);
        String knifeLine = two.cart().lines().get(1).id();
        CartPayloadData removed = remove(browser, knifeLine);
        assertThat(removed.cart().quantities()).containsOnlyKeys("insulated-bottle");
        CartPayloadData cleared = clear(browser);
        assertThat(cleared.cart().lines()).isEmpty();
        assertThat(cleared.cart().total().amount()).isEqualTo("0.00");
    }

    @Test
    void pricesComeFromTheCatalogWhenTheCartIsRead() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "trekking-poles"), 2);
        this.jdbc.update("update product set price = 70.00 where slug = 'trekking-poles'");
        try {
            assertThat(cart(browser).total().amount()).isEqualTo("140.00");
        } finally {
            this.jdbc.update("update product set price = 75.00 where slug = 'trekking-poles'");
        }
    }

    @Test
    void aProductTakenOffSaleIsReportedNotDropped() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "trekking-poles"), 1);
        add(browser, productId(browser, "insulated-bottle"), 2);
        this.jdbc.update("update product set active = false where slug = 'trekking-poles'");
        try {
            CartData cart = cart(browser);
            assertThat(cart.lines()).hasSize(2);
            assertThat(cart.lines().get(0).problem())
                    .isEqualTo(new UserError(
                            "PRODUCT_UNAVAILABLE",
                            null,
                            "Trekking Poles is no longer on sale; remove it from your cart"));
            assertThat(cart.total().amount()).as("only what can be bought").isEqualTo("10.00");
            assertThat(cart.totalQuantity()).isEqualTo(2);
        } finally {
            this.jdbc.update("update product set active = true where slug = 'trekking-poles'");
        }
    }

    @Test
    void aSoldOutLineIsShownButCountsForNothing() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "igo-travel-radio"), 4);
        add(browser, productId(browser, "insulated-bottle"), 2);
        this.jdbc.update("update product set stock = 0 where slug = 'igo-travel-radio'");
        try {
            CartData cart = cart(browser);
            LineData soldOut = cart.lines().get(0);
            assertThat(soldOut.quantity()).isEqualTo(4);
            assertThat(soldOut.buyableQuantity()).isZero();
            assertThat(soldOut.lineTotal()).isEqualTo(Money.of("0.00"));
            assertThat(soldOut.problem())
                    .isEqualTo(new UserError(
                            "INSUFFICIENT_STOCK",
                            null,
                            "iGo Travel Radio is sold out; it doesn't count toward your total"));
            assertThat(cart.subtotal().amount()).isEqualTo("10.00");
            assertThat(cart.totalQuantity()).isEqualTo(2);
        } finally {
            this.jdbc.update("update product set stock = 8 where slug = 'igo-travel-radio'");
        }
    }

    @Test
    void aLineHoldingMoreThanTheStockCountsForTheStockAndKeepsItsQuantity() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "igo-travel-radio"), 5);
        this.jdbc.update("update product set stock = 2 where slug = 'igo-travel-radio'");
        try {
            CartData cart = cart(browser);
            LineData line = cart.lines().get(0);
            assertThat(line.quantity()).isEqualTo(5);
            assertThat(line.buyableQuantity()).isEqualTo(2);
            assertThat(line.lineTotal()).isEqualTo(Money.of("39.98"));
            assertThat(line.problem())
                    .isEqualTo(new UserError(
                            "INSUFFICIENT_STOCK",
                            null,
                            "Only 2 of iGo Travel Radio are in stock; 2 count toward your total"));
            assertThat(cart.subtotal().amount()).isEqualTo("39.98");
            assertThat(cart.total().amount()).isEqualTo("39.98");
            assertThat(cart.totalQuantity()).isEqualTo(2);
        } finally {
            this.jdbc.update("update product set stock = 8 where slug = 'igo-travel-radio'");
        }
    }

    private int count(String table) {
        return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
