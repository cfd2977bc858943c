package dev.storefront.account;

import java.util.List;
import java.util.Map;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Browser.at;
import static dev.storefront.account.AccountOperations.LOGOUT;
import static dev.storefront.account.AccountOperations.ME;
import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.login;
import static dev.storefront.account.AccountOperations.register;
import static dev.storefront.account.AccountOperations.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering, signing in and out, and {@code me}. */
@StorefrontTest
class AccountTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registeringCreatesAShopperAndSignsIn() {
		Browser browser = new Browser(this.port).open();
		String email = uniqueEmail();
		Map<String, Object> registered = register(browser, "  " + email.toUpperCase() + " ", PASSWORD, " Ada ");
		assertThat(at(registered, "register.userErrors")).isEqualTo(List.of());
		assertThat(at(registered, "register.customer.email")).isEqualTo(email);
		assertThat(at(registered, "register.customer.name")).isEqualTo("Ada");
		assertThat(at(registered, "register.customer.roles")).isEqualTo(List.of("SHOPPER"));
		assertThat(browser.cookie("SESSION")).isNotBlank();
		assertThat(at(browser.graphql(ME), "me.email")).isEqualTo(email);
	}

	@Test
	void meIsNullWhenAnonymous() {
		Map<String, Object> response = new Browser(this.port).graphql(ME);
		assertThat(response).containsKey("data");
		assertThat(at(response, "me")).isNull();
	}

	@Test
	void aTakenEmailIsRefusedWhateverItsCase() {
		Browser first = new Browser(this.port).open();
		String email = uniqueEmail();
		register(first, email, PASSWORD, "First");
		Map<String, Object> second = register(new Browser(this.port).open(), email.toUpperCase(), PASSWORD, "Second");
		assertThat(errorCodes(second, "register")).containsExactly("EMAIL_TAKEN");
		assertThat(at(second, "register.customer")).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from customer where email = ?", Integer.class, email))
			.isEqualTo(1);
	}

	@Test
	void weakPasswordsAreRefusedAndNothingIsWritten() {
		String email = uniqueEmail();
		Browser browser = new Browser(this.port).open();
		assertThat(errorCodes(register(browser, email, "short", "Ada"), "register")).containsExactly("WEAK_PASSWORD");
		assertThat(errorCodes(register(browser, email, email, "Ada"), "register")).containsExactly("WEAK_PASSWORD");
		assertThat(errorFields(register(browser, email, "short", "Ada"), "register"))
			.containsExactly(List.of("input", "password"));
		assertThat(this.jdbc.queryForObject("select count(*) from customer where email = ?", Integer.class, email))
			.isZero();
		assertThat(browser.cookie("SESSION")).isNull();
	}

	@Test
	void malformedEmailAndBlankNameAreInvalid() {
		Map<String, Object> response = register(new Browser(this.port).open(), "not-an-email", PASSWORD, "  ");
		assertThat(errorCodes(response, "register")).containsExactly("INVALID", "INVALID");
		assertThat(errorFields(response, "register")).containsExactly(List.of("input", "email"),
				List.of("input", "name"));
	}

	@Test
	void signingInWithTheRightPasswordWorksAndPasswordsAreHashed() {
		String email = AccountOperations.signedInShopper(new Browser(this.port).open());
		Map<String, Object> response = login(new Browser(this.port).open(), email.toUpperCase(), PASSWORD);
		assertThat(at(response, "login.customer.email")).isEqualTo(email);
		String hash = this.jdbc.queryForObject("select password_hash from customer where email = ?", String.class,
				email);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
		String email = AccountOperations.signedInShopper(new Browser(this.port).open());
		Map<String, Object> wrongPassword = login(new Browser(this.port).open(), email, "not the password");
		Map<String, Object> unknownEmail = login(new Browser(this.port).open(), uniqueEmail(), "not the password");
		assertThat(at(wrongPassword, "login")).isEqualTo(at(unknownEmail, "login"));
		assertThat(errorCodes(wrongPassword, "login")).containsExactly("BAD_CREDENTIALS");
	}

	@Test
	void signingInRotatesTheSessionIdAndKeepsTheSession() {
		Browser browser = new Browser(this.port).open();
		AccountOperations.signedInShopper(browser);
		String before = browser.cookie("SESSION");
		String other = AccountOperations.signedInShopper(new Browser(this.port).open());
		login(browser, other, PASSWORD);
		String after = browser.cookie("SESSION");
		assertThat(after).isNotBlank().isNotEqualTo(before);
		assertThat(at(browser.graphql(ME), "me.email")).isEqualTo(other);
		Browser stale = new Browser(this.port);
		stale.setCookie("SESSION", before);
		assertThat(at(stale.graphql(ME), "me")).isNull();
	}

	@Test
	void signingOutDeletesTheSession() {
		Browser browser = new Browser(this.port).open();
		AccountOperations.signedInShopper(browser);
		String session = browser.cookie("SESSION");
		int sessionsBefore = sessionRows();
		assertThat(at(browser.graphql(LOGOUT), "logout.signedOut")).isEqualTo(true);
		assertThat(sessionRows()).isEqualTo(sessionsBefore - 1);
		Browser replay = new Browser(this.port);
		replay.setCookie("SESSION", session);
		assertThat(at(replay.graphql(ME), "me")).isNull();
	}

	@Test
	void browsingCreatesNoSession() {
		int before = sessionRows();
		Browser crawler = new Browser(this.port).open();
		crawler.graphql("{ products(first: 5) { nodes { slug } } categories { slug } me { id } }");
		crawler.graphql("{ product(slug: \"summit-tent\") { title } }");
		assertThat(crawler.cookie("SESSION")).isNull();
		assertThat(sessionRows()).isEqualTo(before);
	}

	@Test
	void integratorsCanCarryTheSessionInAHeader() {
		String email = AccountOperations.signedInShopper(new Browser(this.port).open());
		Browser integrator = new Browser(this.port).withSessionHeader();
		login(integrator, email, PASSWORD);
		assertThat(integrator.sessionHeader()).isNotBlank().isNotEqualTo("new");
		assertThat(integrator.cookie("SESSION")).isNull();
		assertThat(at(integrator.graphql(ME), "me.email")).isEqualTo(email);
		// No cookie, so nothing to forge: header sessions need no CSRF token.
		assertThat(at(integrator.graphql(LOGOUT), "logout.signedOut")).isEqualTo(true);
		assertThat(at(integrator.graphql(ME), "me")).isNull();
	}

	@Test
	void aCookieSessionWriteWithoutTheCsrfTokenIsRefused() {
		Browser browser = new Browser(this.port).open();
		String email = AccountOperations.signedInShopper(browser);
		browser.withoutCsrfHeader().graphql(LOGOUT);
		assertThat(browser.lastStatus()).isEqualTo(403);
		assertThat(at(browser.withCsrfHeader().graphql(ME), "me.email")).as("still signed in").isEqualTo(email);
		assertThat(at(browser.graphql(LOGOUT), "logout.signedOut")).isEqualTo(true);
	}

	private int sessionRows() {
		return this.jdbc.queryForObject("select count(*) from SPRING_SESSION", Integer.class);
	}

	@SuppressWarnings("unchecked")
	static List<String> errorCodes(Map<String, Object> response, String mutation) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) at(response, mutation + ".userErrors");
		return errors.stream().map((error) -> (String) error.get("code")).toList();
	}

	@SuppressWarnings("unchecked")
	static List<Object> errorFields(Map<String, Object> response, String mutation) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) at(response, mutation + ".userErrors");
		return errors.stream().map((error) -> error.get("field")).toList();
	}

}
