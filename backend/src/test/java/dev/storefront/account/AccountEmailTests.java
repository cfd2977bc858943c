package dev.storefront.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Browser.at;
import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.login;
import static dev.storefront.account.AccountOperations.register;
import static dev.storefront.account.AccountTests.errorCodes;
import static dev.storefront.account.AccountTests.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Emails have one form (trimmed, Unicode NFC, lower case), are stored in it and compared exactly
 * as stored: an accent makes another email, whatever the database's collation would say. Names
 * and emails refuse invisible and control characters.
 */
@StorefrontTest
class AccountEmailTests {

	// "ö" written as one code point, and as "o" followed by a combining diaeresis.
	static final String COMPOSED = "\u00f6";

	static final String DECOMPOSED = "o\u0308";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate testJdbc;

	@Test
	void anAccentedEmailIsAnotherAccount() {
		String suffix = UUID.randomUUID() + "@shop.test";
		register(new Browser(this.port).open(), "boss-" + suffix, PASSWORD, "Boss");
		Map<String, Object> accented = register(new Browser(this.port).open(), "b" + COMPOSED + "ss-" + suffix,
				"another password", "Not The Boss");
		assertThat(at(accented, "register.userErrors")).isEqualTo(List.of());
		assertThat(at(accented, "register.customer.email")).isEqualTo("b" + COMPOSED + "ss-" + suffix);
		assertThat(errorCodes(login(new Browser(this.port), "b" + COMPOSED + "ss-" + suffix, PASSWORD), "login"))
			.containsExactly("BAD_CREDENTIALS");
		assertThat(at(login(new Browser(this.port), "boss-" + suffix, PASSWORD), "login.customer.name"))
			.isEqualTo("Boss");
	}

	@Test
	void composedAndDecomposedAccentsAndCaseAreOneEmail() {
		String suffix = UUID.randomUUID() + "@shop.test";
		Map<String, Object> registered = register(new Browser(this.port).open(),
				"  B" + DECOMPOSED.toUpperCase() + "SS-" + suffix.toUpperCase() + " ", PASSWORD, "Boss");
		assertThat(at(registered, "register.customer.email")).isEqualTo("b" + COMPOSED + "ss-" + suffix);
		assertThat(this.testJdbc.queryForObject("select count(*) from customer where email = ?", Integer.class,
				"b" + COMPOSED + "ss-" + suffix)).isEqualTo(1);
		assertThat(errorCodes(register(new Browser(this.port).open(), "b" + COMPOSED + "ss-" + suffix, PASSWORD, "Twin"),
				"register"))
			.containsExactly("EMAIL_TAKEN");
		assertThat(at(login(new Browser(this.port), "b" + DECOMPOSED + "ss-" + suffix, PASSWORD), "login.customer.name"))
			.isEqualTo("Boss");
	}

	@Test
	void theUniqueIndexComparesEmailsExactly() {
		String suffix = UUID.randomUUID() + "@shop.test";
		insertCustomer("boss-" + suffix);
		assertThatCode(() -> insertCustomer("b" + COMPOSED + "ss-" + suffix)).doesNotThrowAnyException();
		assertThat(this.testJdbc.queryForObject("select count(*) from customer where email = ?", Integer.class,
				"boss-" + suffix)).isEqualTo(1);
	}

	@Test
	void invisibleAndControlCharactersAreRefusedInEmails() {
		// A zero-width space (Cf), a no-break space, a line separator (Zl), a right-to-left
		// override (Cf), a private-use character (Co), an unassigned code point (Cn), a NUL (Cc).
		for (String odd : List.of("\u200b", "\u00a0", "\u2028", "\u202e", "\ue000", "\u0378", "\u0000")) {
			String email = "odd" + odd + "-" + UUID.randomUUID() + "@shop.test";
			Browser browser = new Browser(this.port).open();
			Map<String, Object> response = register(browser, email, PASSWORD, "Odd");
			assertThat(errorCodes(response, "register")).as("U+%04X", (int) odd.charAt(0)).containsExactly("INVALID");
			assertThat(errorFields(response, "register")).containsExactly(List.of("input", "email"));
			assertThat(at(response, "register.customer")).isNull();
			assertThat(browser.cookie("SESSION")).isNull();
			Map<String, Object> signIn = login(new Browser(this.port), email, PASSWORD);
			assertThat(errorCodes(signIn, "login")).containsExactly("INVALID");
			assertThat(errorFields(signIn, "login")).containsExactly(List.of("input", "email"));
		}
		assertThat(this.testJdbc.queryForObject("select count(*) from customer where name = 'Odd'", Integer.class))
			.isZero();
	}

	@Test
	@SuppressWarnings("unchecked")
	void invisibleAndControlCharactersAreRefusedInNames() {
		for (String odd : List.of("\u200b", "\u00a0", "\u2007", "\u2029", "\u202e", "\ue000", "\u0007", "\t")) {
			Map<String, Object> response = register(new Browser(this.port).open(), AccountOperations.uniqueEmail(),
					PASSWORD, "Ada" + odd + "Lovelace");
			assertThat(errorCodes(response, "register")).as("U+%04X", (int) odd.charAt(0)).containsExactly("INVALID");
			assertThat(errorFields(response, "register")).containsExactly(List.of("input", "name"));
			String message = (String) ((List<Map<String, Object>>) at(response, "register.userErrors")).get(0)
				.get("message");
			assertThat(message).doesNotContain("Ada");
		}
		assertThat(this.testJdbc.queryForObject("select count(*) from customer where name like 'Ada%Lovelace'",
				Integer.class)).isZero();
		Map<String, Object> plain = register(new Browser(this.port).open(), AccountOperations.uniqueEmail(), PASSWORD,
				"Ada Lovelace-Byron \u00e9\u4e2d");
		assertThat(at(plain, "register.customer.name")).isEqualTo("Ada Lovelace-Byron \u00e9\u4e2d");
	}

	@Test
	void emailsStoredBeforeTheyWereCanonicalAreMadeCanonical() throws SQLException {
		String suffix = UUID.randomUUID() + "@shop.test";
		insertCustomer("b" + DECOMPOSED + "ss-" + suffix);
		assertThat(errorCodes(login(new Browser(this.port), "b" + COMPOSED + "ss-" + suffix, "x"), "login"))
			.as("not found as stored").containsExactly("BAD_CREDENTIALS");
		try (Connection connection = this.testJdbc.getDataSource().getConnection()) {
			assertThat(new CanonicalEmailsMigration().migrate(connection)).isPositive();
		}
		assertThat(this.testJdbc.queryForObject("select count(*) from customer where email = ?", Integer.class,
				"b" + COMPOSED + "ss-" + suffix)).isEqualTo(1);
		Map<String, Object> signedIn = login(new Browser(this.port), "b" + COMPOSED + "ss-" + suffix, "x");
		assertThat(at(signedIn, "login.customer.name")).as(signedIn.toString()).isEqualTo("Inserted");
	}

	private void insertCustomer(String email) {
		this.testJdbc.update("""
				insert into customer (email, password_hash, name, created_at, updated_at, version)
				values (?, '{noop}x', 'Inserted', current_timestamp, current_timestamp, 0)""", email);
	}

}
