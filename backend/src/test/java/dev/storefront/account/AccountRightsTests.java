package dev.storefront.account;

import java.util.List;
import java.util.Map;

import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Answers.classifiedAs;
import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.customerId;
import static dev.storefront.account.AccountOperations.login;
import static dev.storefront.account.AccountOperations.me;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a session may do follows the account as it is now, not as it was at sign-in: roles
 * change and accounts are deleted in the database (no API does either), and sessions signed in
 * before see it. The test profile caches roles for no time at all; {@link AccountRolesTests}
 * covers the cache.
 */
@StorefrontTest
class AccountRightsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate testJdbc;

    @AfterEach
    void removeTestProducts() {
        this.testJdbc.update("delete from product where slug like 'rights-test-%'");
    }

    @Test
    void anAdminWhoseRoleIsRemovedCanNoLongerManageTheCatalog() {
        Visitor admin = signedInAdmin();
        create(admin, "Rights Test Lamp")
                .path("createProduct.product.slug")
                .entity(String.class)
                .isEqualTo("rights-test-lamp");

        this.testJdbc.update("delete from customer_role where role = 'ADMIN' and customer_id = ?", customerId(admin));

        create(admin, "Rights Test Kettle").errors().satisfy(classifiedAs("FORBIDDEN"));
        assertThat(me(admin).roles()).isEqualTo(List.of("SHOPPER"));
        assertThat(productsNamed("rights-test-kettle")).isZero();
    }

    @Test
    void aRoleGrantedInTheDatabaseAppliesToSessionsSignedInBefore() {
        Visitor shopper = Visitor.opened(this.port);
        AccountOperations.signedInShopper(shopper);
        create(shopper, "Rights Test Desk").errors().satisfy(classifiedAs("FORBIDDEN"));

        this.testJdbc.update("insert into customer_role (customer_id, role) values (?, 'ADMIN')", customerId(shopper));

        create(shopper, "Rights Test Desk")
                .path("createProduct.product.slug")
                .entity(String.class)
                .isEqualTo("rights-test-desk");
    }

    @Test
    void anAccountWithEveryRoleTakenAwayIsSignedInAndMayDoNothingMore() {
        Visitor browser = Visitor.opened(this.port);
        AccountOperations.signedInShopper(browser);
        this.testJdbc.update("delete from customer_role where customer_id = ?", customerId(browser));

        browser.documentName("me")
                .execute()
                .path("me.roles")
                .entityList(String.class)
                .hasSize(0);
        create(browser, "Rights Test Stool").errors().satisfy(classifiedAs("FORBIDDEN"));
    }

    @Test
    void aDeletedAdminsSessionIsAnonymousAndCanManageNothing() {
        Visitor admin = signedInAdmin();
        this.testJdbc.update("delete from customer where id = ?", customerId(admin));

        create(admin, "Rights Test Chair").errors().satisfy(classifiedAs("UNAUTHORIZED"));
        assertThat(me(admin)).isNull();
        assertThat(productsNamed("rights-test-chair")).isZero();
    }

    @Test
    void aDeletedAccountsSessionFillsAnAnonymousCart() {
        Visitor browser = Visitor.opened(this.port);
        AccountOperations.signedInShopper(browser);
        long customer = customerId(browser);
        this.testJdbc.update("delete from customer where id = ?", customer);

        String knife = this.testJdbc.queryForObject("select id from product where slug = 'chefs-knife'", String.class);
        GraphQlTester.Response added = addToCart(browser, knife);
        added.path("addToCart.userErrors").entityList(UserError.class).hasSize(0);
        added.path("addToCart.cart.totalQuantity").entity(Integer.class).isEqualTo(1);
        long cartId = Long.parseLong(
                added.path("addToCart.cart.id").entity(String.class).get());
        assertThat(this.testJdbc.queryForObject("select customer_id from cart where id = ?", Long.class, cartId))
                .isNull();
        browser.documentName("cartTotalQuantity")
                .execute()
                .path("cart.totalQuantity")
                .entity(Integer.class)
                .isEqualTo(1);
    }

    /** {@code addToCart} of one item, as the SPA sends it; shared with {@link DeletedAccountWithCachedRolesTests}. */
    static GraphQlTester.Response addToCart(Visitor browser, String productId) {
        return browser.documentName("addToCart")
                .variable("productId", productId)
                .variable("quantity", 1)
                .execute();
    }

    private Visitor signedInAdmin() {
        Visitor browser = Visitor.opened(this.port);
        String email = AccountOperations.signedInShopper(Visitor.opened(this.port));
        this.testJdbc.update(
                "insert into customer_role (customer_id, role) select id, 'ADMIN' from customer where email = ?",
                email);
        assertThat(login(browser, email, PASSWORD).customer().roles()).isEqualTo(List.of("SHOPPER", "ADMIN"));
        return browser;
    }

    private GraphQlTester.Response create(Visitor browser, String title) {
        return browser.documentName("createProduct")
                .variable(
                        "input",
                        Map.of(
                                "title",
                                title,
                                "description",
                                "Made for tests.",
                                "price",
                                "9.50",
                                "stock",
                                3,
                                "categorySlug",
                                "kitchen"))
                .execute();
    }

    private int productsNamed(String slug) {
        return this.testJdbc.queryForObject("select count(*) from product where slug = ?", Integer.class, slug);
    }
}
