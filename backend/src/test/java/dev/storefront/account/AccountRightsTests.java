package dev.storefront.account;

import java.util.List;
import java.util.Map;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Browser.at;
import static dev.storefront.Browser.errorClassification;
import static dev.storefront.account.AccountOperations.ME;
import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a session may do follows the account as it is now, not as it was at sign-in: roles
 * change and accounts are deleted in the database (no API does either), and sessions signed in
 * before see it. The test profile caches roles for no time at all; {@link AccountRolesTests}
 * covers the cache.
 */
@StorefrontTest
class AccountRightsTests {

	static final String CREATE = """
			mutation Create($input: ProductInput!) {
			  createProduct(input: $input) { product { slug } userErrors { code } }
			}""";

	static final String ADD = """
			mutation Add($productId: ID!) {
			  addToCart(productId: $productId, quantity: 1) { cart { id totalQuantity } userErrors { code } }
			}""";

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
		Browser admin = signedInAdmin();
		assertThat(at(create(admin, "Rights Test Lamp"), "createProduct.product.slug")).isEqualTo("rights-test-lamp");

		this.testJdbc.update("delete from customer_role where role = 'ADMIN' and customer_id = ?", customerId(admin));

		Map<String, Object> refused = create(admin, "Rights Test Kettle");
		assertThat(errorClassification(refused)).isEqualTo("FORBIDDEN");
		assertThat(at(admin.graphql(ME), "me.roles")).isEqualTo(List.of("SHOPPER"));
		assertThat(productsNamed("rights-test-kettle")).isZero();
	}

	@Test
	void aRoleGrantedInTheDatabaseAppliesToSessionsSignedInBefore() {
		Browser shopper = new Browser(this.port).open();
		AccountOperations.signedInShopper(shopper);
		assertThat(errorClassification(create(shopper, "Rights Test Desk"))).isEqualTo("FORBIDDEN");

		this.testJdbc.update("insert into customer_role (customer_id, role) values (?, 'ADMIN')", customerId(shopper));

		assertThat(at(create(shopper, "Rights Test Desk"), "createProduct.product.slug")).isEqualTo("rights-test-desk");
	}

	@Test
	void anAccountWithEveryRoleTakenAwayIsSignedInAndMayDoNothingMore() {
		Browser browser = new Browser(this.port).open();
		AccountOperations.signedInShopper(browser);
		this.testJdbc.update("delete from customer_role where customer_id = ?", customerId(browser));

		Map<String, Object> me = browser.graphql(ME);
		assertThat(me.get("errors")).isNull();
		assertThat(at(me, "me.roles")).isEqualTo(List.of());
		assertThat(errorClassification(create(browser, "Rights Test Stool"))).isEqualTo("FORBIDDEN");
	}

	@Test
	void aDeletedAdminsSessionIsAnonymousAndCanManageNothing() {
		Browser admin = signedInAdmin();
		this.testJdbc.update("delete from customer where id = ?", customerId(admin));

		assertThat(errorClassification(create(admin, "Rights Test Chair"))).isEqualTo("UNAUTHORIZED");
		assertThat(at(admin.graphql(ME), "me")).isNull();
		assertThat(productsNamed("rights-test-chair")).isZero();
	}

	@Test
	void aDeletedAccountsSessionFillsAnAnonymousCart() {
		Browser browser = new Browser(this.port).open();
		AccountOperations.signedInShopper(browser);
		long customer = customerId(browser);
		this.testJdbc.update("delete from customer where id = ?", customer);

		String knife = this.testJdbc.queryForObject("select id from product where slug = 'chefs-knife'", String.class);
		Map<String, Object> added = browser.graphql(ADD, Map.of("productId", knife));
		assertThat(added.get("errors")).isNull();
		assertThat(at(added, "addToCart.userErrors")).isEqualTo(List.of());
		assertThat(at(added, "addToCart.cart.totalQuantity")).isEqualTo(1);
		Long cartId = Long.valueOf((String) at(added, "addToCart.cart.id"));
		assertThat(this.testJdbc.queryForObject("select customer_id from cart where id = ?", Long.class, cartId))
			.isNull();
		assertThat(at(browser.graphql("{ cart { totalQuantity } }"), "cart.totalQuantity")).isEqualTo(1);
	}

	private Browser signedInAdmin() {
		Browser browser = new Browser(this.port).open();
		String email = AccountOperations.signedInShopper(new Browser(this.port).open());
		this.testJdbc.update("insert into customer_role (customer_id, role) select id, 'ADMIN' from customer where email = ?",
				email);
		assertThat(at(login(browser, email, PASSWORD), "login.customer.roles")).isEqualTo(List.of("SHOPPER", "ADMIN"));
		return browser;
	}

	private Map<String, Object> create(Browser browser, String title) {
		return browser.graphql(CREATE, Map.of("input", Map.of("title", title, "description", "Made for tests.", "price",
				"9.50", "stock", 3, "categorySlug", "kitchen")));
	}

	private long customerId(Browser browser) {
		return Long.parseLong((String) at(browser.graphql(ME), "me.id"));
	}

	private int productsNamed(String slug) {
		return this.testJdbc.queryForObject("select count(*) from product where slug = ?", Integer.class, slug);
	}

}
