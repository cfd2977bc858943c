package dev.storefront.account;

import java.util.List;
import java.util.Map;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static dev.storefront.Browser.at;
import static dev.storefront.account.AccountOperations.ME;
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
		Browser browser = new Browser(this.port).open();
		AccountOperations.signedInShopper(browser);
		long customer = Long.parseLong((String) at(browser.graphql(ME), "me.id"));
		this.testJdbc.update("delete from customer where id = ?", customer);

		String knife = this.testJdbc.queryForObject("select id from product where slug = 'chefs-knife'", String.class);
		Map<String, Object> added = browser.graphql(AccountRightsTests.ADD, Map.of("productId", knife));
		assertThat(added.get("errors")).isNull();
		assertThat(at(added, "addToCart.userErrors")).isEqualTo(List.of());
		Long cartId = Long.valueOf((String) at(added, "addToCart.cart.id"));
		assertThat(this.testJdbc.queryForObject("select customer_id from cart where id = ?", Long.class, cartId))
			.isNull();
		assertThat(at(browser.graphql(ME), "me")).isNull();
		assertThat(at(browser.graphql("{ cart { totalQuantity } }"), "cart.totalQuantity")).isEqualTo(1);
	}

}
