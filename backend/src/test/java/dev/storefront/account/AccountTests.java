package dev.storefront.account;

import java.util.List;

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
import static dev.storefront.account.AccountOperations.logout;
import static dev.storefront.account.AccountOperations.me;
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
        Visitor browser = Visitor.opened(this.port);
        String email = uniqueEmail();
        AuthData registered = register(browser, "  " + email.toUpperCase() + " ", PASSWORD, " Ada ");
        assertThat(registered.userErrors()).isEmpty();
        assertThat(registered.customer().email()).isEqualTo(email);
        assertThat(registered.customer().name()).isEqualTo("Ada");
        assertThat(registered.customer().roles()).isEqualTo(List.of("SHOPPER"));
        assertThat(browser.cookie("SESSION")).isNotBlank();
        assertThat(me(browser).email()).isEqualTo(email);
    }

    @Test
    void meIsNullWhenAnonymous() {
        new Visitor(this.port).documentName("me").execute().path("me").valueIsNull();
    }

    @Test
    void aTakenEmailIsRefusedWhateverItsCase() {
        Visitor first = Visitor.opened(this.port);
        String email = uniqueEmail();
        register(first, email, PASSWORD, "First");
        AuthData second = register(Visitor.opened(this.port), email.toUpperCase(), PASSWORD, "Second");
        assertThat(codes(second.userErrors())).containsExactly("EMAIL_TAKEN");
        assertThat(second.customer()).isNull();
        assertThat(this.jdbc.queryForObject("select count(*) from customer where email = ?", Integer.class, email))
                .isEqualTo(1);
    }

    @Test
    void weakPasswordsAreRefusedAndNothingIsWritten() {
        String email = uniqueEmail();
        Visitor browser = Visitor.opened(this.port);
        assertThat(codes(register(browser, email, "short", "Ada").userErrors())).containsExactly("WEAK_PASSWORD");
        assertThat(codes(register(browser, email, email, "Ada").userErrors())).containsExactly("WEAK_PASSWORD");
        assertThat(fields(register(browser, email, "short", "Ada").userErrors()))
                .containsExactly(List.of("input", "password"));
        assertThat(this.jdbc.queryForObject("select count(*) from customer where email = ?", Integer.class, email))
                .isZero();
        assertThat(browser.cookie("SESSION")).isNull();
    }

    @Test
    void malformedEmailAndBlankNameAreInvalid() {
        AuthData response = register(Visitor.opened(this.port), "not-an-email", PASSWORD, "  ");
        assertThat(codes(response.userErrors())).containsExactly("INVALID", "INVALID");
        assertThat(fields(response.userErrors())).containsExactly(List.of("input", "email"), List.of("input", "name"));
    }

    @Test
    void signingInWithTheRightPasswordWorksAndPasswordsAreHashed() {
        String email = AccountOperations.signedInShopper(Visitor.opened(this.port));
        AuthData response = login(Visitor.opened(this.port), email.toUpperCase(), PASSWORD);
        assertThat(response.customer().email()).isEqualTo(email);
        String hash =
                this.jdbc.queryForObject("select password_hash from customer where email = ?", String.class, email);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        String email = AccountOperations.signedInShopper(Visitor.opened(this.port));
        AuthData wrongPassword = login(Visitor.opened(this.port), email, "not the password");
        AuthData unknownEmail = login(Visitor.opened(this.port), uniqueEmail(), "not the password");
        assertThat(wrongPassword).isEqualTo(unknownEmail);
        assertThat(codes(wrongPassword.userErrors())).containsExactly("BAD_CREDENTIALS");
    }

    @Test
    void signingInRotatesTheSessionIdAndKeepsTheSession() {
        Visitor browser = Visitor.opened(this.port);
        AccountOperations.signedInShopper(browser);
        String before = browser.cookie("SESSION");
        String other = AccountOperations.signedInShopper(Visitor.opened(this.port));
        login(browser, other, PASSWORD);
        String after = browser.cookie("SESSION");
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(me(browser).email()).isEqualTo(other);
        // A tab with its own XSRF token, so that the request is not refused before the session is looked up.
        Visitor stale = Visitor.opened(this.port);
        stale.setCookie("SESSION", before);
        assertThat(me(stale)).isNull();
    }

    @Test
    void signingOutDeletesTheSession() {
        Visitor browser = Visitor.opened(this.port);
        AccountOperations.signedInShopper(browser);
        String session = browser.cookie("SESSION");
        int sessionsBefore = sessionRows();
        assertThat(logout(browser)).isTrue();
        assertThat(sessionRows()).isEqualTo(sessionsBefore - 1);
        Visitor replay = Visitor.opened(this.port);
        replay.setCookie("SESSION", session);
        assertThat(me(replay)).isNull();
    }

    @Test
    void browsingCreatesNoSession() {
        int before = sessionRows();
        Visitor crawler = Visitor.opened(this.port);
        crawler.documentName("browsing").executeAndVerify();
        crawler.documentName("productBySlug").variable("slug", "summit-tent").executeAndVerify();
        assertThat(crawler.cookie("SESSION")).isNull();
        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void integratorsCanCarryTheSessionInAHeader() {
        String email = AccountOperations.signedInShopper(Visitor.opened(this.port));
        Visitor integrator = new Visitor(this.port).withSessionHeader();
        login(integrator, email, PASSWORD);
        assertThat(integrator.sessionHeader()).isNotBlank().isNotEqualTo("new");
        assertThat(integrator.cookie("SESSION")).isNull();
        assertThat(me(integrator).email()).isEqualTo(email);
        // No cookie, so nothing to forge: header sessions need no CSRF token.
        assertThat(logout(integrator)).isTrue();
        assertThat(me(integrator)).isNull();
    }

    @Test
    void aCookieSessionWriteWithoutTheCsrfTokenIsRefused() {
        Visitor browser = Visitor.opened(this.port);
        String email = AccountOperations.signedInShopper(browser);
        // Plain HTTP: the refusal is a 403, which the tester would take for a broken call.
        browser.withoutCsrfHeader().post("logout").expectStatus().isForbidden();
        assertThat(me(browser.withCsrfHeader()).email()).as("still signed in").isEqualTo(email);
        assertThat(logout(browser)).isTrue();
    }

    private int sessionRows() {
        return this.jdbc.queryForObject("select count(*) from SPRING_SESSION", Integer.class);
    }
}
