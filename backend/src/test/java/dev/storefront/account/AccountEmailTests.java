package dev.storefront.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import dev.storefront.Answers.AuthData;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Answers.codes;
import static dev.storefront.Answers.fields;
import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.login;
import static dev.storefront.account.AccountOperations.register;
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
        register(Visitor.opened(this.port), "boss-" + suffix, PASSWORD, "Boss");
        AuthData accented = register(
                Visitor.opened(this.port), "b" + COMPOSED + "ss-" + suffix, "another password", "Not The Boss");
        assertThat(accented.userErrors()).isEmpty();
        assertThat(accented.customer().email()).isEqualTo("b" + COMPOSED + "ss-" + suffix);
        assertThat(codes(login(new Visitor(this.port), "b" + COMPOSED + "ss-" + suffix, PASSWORD)
                        .userErrors()))
                .containsExactly("BAD_CREDENTIALS");
        assertThat(login(new Visitor(this.port), "boss-" + suffix, PASSWORD)
                        .customer()
                        .name())
                .isEqualTo("Boss");
    }

    @Test
    void composedAndDecomposedAccentsAndCaseAreOneEmail() {
        String suffix = UUID.randomUUID() + "@shop.test";
        AuthData registered = register(
                Visitor.opened(this.port),
                "  B" + DECOMPOSED.toUpperCase() + "SS-" + suffix.toUpperCase() + " ",
                PASSWORD,
                "Boss");
        assertThat(registered.customer().email()).isEqualTo("b" + COMPOSED + "ss-" + suffix);
        assertThat(this.testJdbc.queryForObject(
                        "select count(*) from customer where email = ?",
                        Integer.class,
                        "b" + COMPOSED + "ss-" + suffix))
                .isEqualTo(1);
        assertThat(codes(register(Visitor.opened(this.port), "b" + COMPOSED + "ss-" + suffix, PASSWORD, "Twin")
                        .userErrors()))
                .containsExactly("EMAIL_TAKEN");
        assertThat(login(new Visitor(this.port), "b" + DECOMPOSED + "ss-" + suffix, PASSWORD)
                        .customer()
                        .name())
                .isEqualTo("Boss");
    }

    @Test
    void theUniqueIndexComparesEmailsExactly() {
        String suffix = UUID.randomUUID() + "@shop.test";
        insertCustomer("boss-" + suffix);
        assertThatCode(() -> insertCustomer("b" + COMPOSED + "ss-" + suffix)).doesNotThrowAnyException();
        assertThat(this.testJdbc.queryForObject(
                        "select count(*) from customer where email = ?", Integer.class, "boss-" + suffix))
                .isEqualTo(1);
    }

    @Test
    void invisibleAndControlCharactersAreRefusedInEmails() {
        // A zero-width space (Cf), a no-break space, a line separator (Zl), a right-to-left
        // override (Cf), a private-use character (Co), an unassigned code point (Cn), a NUL (Cc).
        for (String odd : List.of("\u200b", "\u00a0", "\u2028", "\u202e", "\ue000", "\u0378", "\u0000")) {
            String email = "odd" + odd + "-" + UUID.randomUUID() + "@shop.test";
            Visitor browser = Visitor.opened(this.port);
            AuthData response = register(browser, email, PASSWORD, "Odd");
            assertThat(codes(response.userErrors()))
                    .as("U+%04X", (int) odd.charAt(0))
                    .containsExactly("INVALID");
            assertThat(fields(response.userErrors())).containsExactly(List.of("input", "email"));
            assertThat(response.customer()).isNull();
            assertThat(browser.cookie("SESSION")).isNull();
            AuthData signIn = login(new Visitor(this.port), email, PASSWORD);
            assertThat(codes(signIn.userErrors())).containsExactly("INVALID");
            assertThat(fields(signIn.userErrors())).containsExactly(List.of("input", "email"));
        }
        assertThat(this.testJdbc.queryForObject("select count(*) from customer where name = 'Odd'", Integer.class))
                .isZero();
    }

    @Test
    void invisibleAndControlCharactersAreRefusedInNames() {
        for (String odd : List.of("\u200b", "\u00a0", "\u2007", "\u2029", "\u202e", "\ue000", "\u0007", "\t")) {
            AuthData response = register(
                    Visitor.opened(this.port), AccountOperations.uniqueEmail(), PASSWORD, "Ada" + odd + "Lovelace");
            assertThat(codes(response.userErrors()))
                    .as("U+%04X", (int) odd.charAt(0))
                    .containsExactly("INVALID");
            assertThat(fields(response.userErrors())).containsExactly(List.of("input", "name"));
            assertThat(response.userErrors().get(0).message()).doesNotContain("Ada");
        }
        assertThat(this.testJdbc.queryForObject(
                        "select count(*) from customer where name like 'Ada%Lovelace'", Integer.class))
                .isZero();
        AuthData plain = register(
                Visitor.opened(this.port),
                AccountOperations.uniqueEmail(),
                PASSWORD,
                "Ada Lovelace-Byron \u00e9\u4e2d");
        assertThat(plain.customer().name()).isEqualTo("Ada Lovelace-Byron \u00e9\u4e2d");
    }

    @Test
    void emailsStoredBeforeTheyWereCanonicalAreMadeCanonical() throws SQLException {
        String suffix = UUID.randomUUID() + "@shop.test";
        insertCustomer("b" + DECOMPOSED + "ss-" + suffix);
        assertThat(codes(login(new Visitor(this.port), "b" + COMPOSED + "ss-" + suffix, "x")
                        .userErrors()))
                .as("not found as stored")
                .containsExactly("BAD_CREDENTIALS");
        try (Connection connection = this.testJdbc.getDataSource().getConnection()) {
            assertThat(new CanonicalEmailsMigration().migrate(connection)).isPositive();
        }
        assertThat(this.testJdbc.queryForObject(
                        "select count(*) from customer where email = ?",
                        Integer.class,
                        "b" + COMPOSED + "ss-" + suffix))
                .isEqualTo(1);
        AuthData signedIn = login(new Visitor(this.port), "b" + COMPOSED + "ss-" + suffix, "x");
        assertThat(signedIn.customer()).as("%s", signedIn).isNotNull();
        assertThat(signedIn.customer().name()).isEqualTo("Inserted");
    }

    private void insertCustomer(String email) {
        this.testJdbc.update("""
                insert into customer (email, password_hash, name, created_at, updated_at, version)
                values (?, '{noop}x', 'Inserted', current_timestamp, current_timestamp, 0)""", email);
    }
}
