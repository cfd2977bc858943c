package dev.storefront.cart;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.storefront.Browser.at;
import static dev.storefront.cart.CartOperations.CART;
import static dev.storefront.cart.CartOperations.CART_FIELDS;
import static dev.storefront.cart.CartOperations.add;
import static dev.storefront.cart.CartOperations.productId;
import static dev.storefront.cart.CartOperations.quantities;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in merges the anonymous cart into the customer's; the customer's cart follows them. */
@StorefrontTest
class CartMergeTests {

	static final String PASSWORD = "correct horse battery";

	static final String LOGIN = "mutation Login($input: LoginInput!) { login(input: $input) { customer { email } "
			+ "cart { " + CART_FIELDS + " } cartMerge { mergedLines adjustments { code message } } userErrors { code } } }";

	static final String REGISTER = "mutation Register($input: RegisterInput!) { register(input: $input) { customer { email } "
			+ "cart { " + CART_FIELDS + " } cartMerge { mergedLines } } }";

	static final String LOGOUT = "mutation Logout { logout { signedOut cart { " + CART_FIELDS + " } } }";

	@LocalServerPort
	int port;

	@Test
	void registeringKeepsTheAnonymousCart() {
		Browser browser = new Browser(this.port).open();
		add(browser, productId(browser, "chefs-knife"), 2);
		Map<String, Object> registered = browser.graphql(REGISTER, Map.of("input", account(uniqueEmail())));
		assertThat(quantities(registered, "register.cart")).containsExactly(Map.entry("chefs-knife", 2));
		assertThat(at(registered, "register.cartMerge.mergedLines")).isEqualTo(1);
	}

	@Test
	void signingInAddsTheAnonymousLinesToTheSavedCartWithinStock() {
		String email = uniqueEmail();
		Browser earlier = new Browser(this.port).open();
		earlier.graphql(REGISTER, Map.of("input", account(email)));
		add(earlier, productId(earlier, "igo-travel-radio"), 6);
		add(earlier, productId(earlier, "insulated-bottle"), 1);

		Browser anonymous = new Browser(this.port).open();
		add(anonymous, productId(anonymous, "igo-travel-radio"), 5);
		add(anonymous, productId(anonymous, "summit-tent"), 1);
		Map<String, Object> login = anonymous.graphql(LOGIN, Map.of("input", Map.of("email", email, "password", PASSWORD)));

		assertThat(quantities(login, "login.cart")).containsExactly(Map.entry("igo-travel-radio", 8),
				Map.entry("insulated-bottle", 1), Map.entry("summit-tent", 1));
		assertThat(at(login, "login.cartMerge.mergedLines")).isEqualTo(2);
		assertThat(at(login, "login.cartMerge.adjustments").toString()).contains("INSUFFICIENT_STOCK", "Only 8");
		assertThat(quantities(earlier.graphql(CART), "cart")).as("the other device sees the same cart")
			.isEqualTo(quantities(login, "login.cart"));
	}

	@Test
	void signingOutLeavesTheCartWithTheCustomerAndGivesTheBrowserAFreshOne() {
		String email = uniqueEmail();
		Browser browser = new Browser(this.port).open();
		browser.graphql(REGISTER, Map.of("input", account(email)));
		add(browser, productId(browser, "chefs-knife"), 1);
		Map<String, Object> loggedOut = browser.graphql(LOGOUT);
		assertThat(at(loggedOut, "logout.cart.id")).isNull();
		assertThat(at(loggedOut, "logout.cart.lines")).isEqualTo(List.of());
		assertThat(at(browser.graphql(CART), "cart.lines")).isEqualTo(List.of());
		Map<String, Object> again = browser.graphql(LOGIN, Map.of("input", Map.of("email", email, "password", PASSWORD)));
		assertThat(quantities(again, "login.cart")).containsExactly(Map.entry("chefs-knife", 1));
		assertThat(at(again, "login.cartMerge")).as("nothing to merge").isNull();
	}

	@Test
	void aFailedSignInLeavesTheAnonymousCartAlone() {
		Browser browser = new Browser(this.port).open();
		add(browser, productId(browser, "chefs-knife"), 1);
		Map<String, Object> failed = browser.graphql(LOGIN,
				Map.of("input", Map.of("email", uniqueEmail(), "password", "wrong password")));
		assertThat(at(failed, "login.cart")).isNull();
		assertThat(quantities(browser.graphql(CART), "cart")).containsExactly(Map.entry("chefs-knife", 1));
	}

	private static Map<String, Object> account(String email) {
		return Map.of("email", email, "password", PASSWORD, "name", "Merge Tester");
	}

	private static String uniqueEmail() {
		return "merge-" + UUID.randomUUID() + "@example.com";
	}

}
