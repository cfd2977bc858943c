package dev.storefront.account;

import java.util.Map;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.storefront.Browser.at;
import static dev.storefront.account.AccountOperations.LOGOUT;
import static dev.storefront.account.AccountOperations.ME;
import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.login;
import static dev.storefront.account.AccountOperations.register;
import static dev.storefront.account.AccountOperations.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out replaces the XSRF-TOKEN cookie, as Spring Security's own sign-in and
 * sign-out do: a token someone learned before cannot be used after.
 */
@StorefrontTest
class CsrfTokenRotationTests {

	static final String ADD = "mutation($p: ID!) { addToCart(productId: $p, quantity: 1) { userErrors { code } } }";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate testJdbc;

	@Test
	void signingInIssuesANewTokenAndRefusesTheOldOne() {
		Browser browser = withAnonymousSession();
		String email = AccountOperations.signedInShopper(new Browser(this.port).open());
		String before = browser.cookie("XSRF-TOKEN");

		assertThat(at(login(browser, email, PASSWORD), "login.customer.email")).isEqualTo(email);

		String after = browser.cookie("XSRF-TOKEN");
		assertThat(after).isNotBlank().isNotEqualTo(before);
		assertThat(statusOfMe(browser, before)).isEqualTo(403);
		assertThat(statusOfMe(browser, after)).isEqualTo(200);
		assertThat(at(browser.graphql(ME), "me.email")).isEqualTo(email);
	}

	@Test
	void registeringIssuesANewToken() {
		Browser browser = withAnonymousSession();
		String before = browser.cookie("XSRF-TOKEN");

		register(browser, uniqueEmail(), PASSWORD, "Ada");

		assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank().isNotEqualTo(before);
		assertThat(statusOfMe(browser, before)).isEqualTo(403);
		assertThat(statusOfMe(browser, browser.cookie("XSRF-TOKEN"))).isEqualTo(200);
	}

	@Test
	void signingOutDropsTheTokenAndTheNextSessionGetsAnotherOne() {
		Browser browser = new Browser(this.port).open();
		AccountOperations.signedInShopper(browser);
		String signedIn = browser.cookie("XSRF-TOKEN");

		assertThat(at(browser.graphql(LOGOUT), "logout.signedOut")).isEqualTo(true);
		assertThat(browser.cookie("XSRF-TOKEN")).as("cleared by the sign-out").isNull();

		browser.graphql(ADD, Map.of("p", productId("chefs-knife")));
		String next = browser.cookie("XSRF-TOKEN");
		assertThat(browser.cookie("SESSION")).isNotBlank();
		assertThat(next).isNotBlank().isNotEqualTo(signedIn);
		assertThat(statusOfMe(browser, signedIn)).isEqualTo(403);
		assertThat(statusOfMe(browser, next)).isEqualTo(200);
	}

	/** A browser whose anonymous session (a cart) makes its writes need the token. */
	private Browser withAnonymousSession() {
		Browser browser = new Browser(this.port).open();
		browser.graphql(ADD, Map.of("p", productId("chefs-knife")));
		assertThat(browser.cookie("SESSION")).isNotBlank();
		assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
		return browser;
	}

	/** POSTs {@code me} with the browser's cookies but the given token in the header. */
	private int statusOfMe(Browser browser, String token) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.cookie("SESSION", browser.cookie("SESSION"))
			.cookie("XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
			.header("X-XSRF-TOKEN", token)
			.bodyValue(Map.of("query", ME))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private String productId(String slug) {
		return this.testJdbc.queryForObject("select id from product where slug = ?", String.class, slug);
	}

}
