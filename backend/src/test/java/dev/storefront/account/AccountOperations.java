package dev.storefront.account;

import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;

/** The account operations as the SPA sends them, for tests. */
final class AccountOperations {

	static final String REGISTER = """
			mutation Register($input: RegisterInput!) {
			  register(input: $input) { customer { id email name roles } userErrors { code field message } }
			}""";

	static final String LOGIN = """
			mutation Login($input: LoginInput!) {
			  login(input: $input) { customer { id email name roles } userErrors { code field message } }
			}""";

	static final String LOGOUT = "mutation Logout { logout { signedOut } }";

	static final String ME = "query Me { me { id email name roles createdAt } }";

	static final String PASSWORD = "correct horse battery";

	private AccountOperations() {
	}

	static String uniqueEmail() {
		return "shopper-" + UUID.randomUUID() + "@example.com";
	}

	static Map<String, Object> register(Browser browser, String email, String password, String name) {
		return browser.graphql(REGISTER, Map.of("input", Map.of("email", email, "password", password, "name", name)));
	}

	static Map<String, Object> login(Browser browser, String email, String password) {
		return browser.graphql(LOGIN, Map.of("input", Map.of("email", email, "password", password)));
	}

	/** A new shopper account, signed in in the given browser; returns its email. */
	static String signedInShopper(Browser browser) {
		String email = uniqueEmail();
		register(browser, email, PASSWORD, "Test Shopper");
		return email;
	}

}
