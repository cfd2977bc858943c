package dev.storefront.account;

import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static dev.storefront.account.AccountOperations.customerId;
import static dev.storefront.account.AccountOperations.me;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With roles cached as in production, a session still believes in its deleted account for a few
 * seconds; the first cart it fills in that time is confirmed against the database and becomes
 * the session's, instead of failing on the missing account.
 */
@StorefrontTest
@TestPropertySource(properties = "storefront.roles-cache-ttl=10m")
class DeletedAccountWithCachedRolesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate testJdbc;

    @Test
    void aSessionWhoseDeletedAccountIsStillCachedFillsAnAnonymousCart() {
        Visitor browser = Visitor.opened(this.port);
        AccountOperations.signedInShopper(browser);
        long customer = customerId(browser);
        this.testJdbc.update("delete from customer where id = ?", customer);

        String knife = this.testJdbc.queryForObject("select id from product where slug = 'chefs-knife'", String.class);
        GraphQlTester.Response added = AccountRightsTests.addToCart(browser, knife);
        added.path("addToCart.userErrors").entityList(UserError.class).hasSize(0);
        long cartId = Long.parseLong(
                added.path("addToCart.cart.id").entity(String.class).get());
        assertThat(this.testJdbc.queryForObject("select customer_id from cart where id = ?", Long.class, cartId))
                .isNull();
        assertThat(me(browser)).isNull();
        browser.documentName("cartTotalQuantity")
                .execute()
                .path("cart.totalQuantity")
                .entity(Integer.class)
                .isEqualTo(1);
    }
}
