package dev.storefront.account;

import java.util.Map;

import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.login;
import static dev.storefront.account.AccountOperations.logout;
import static dev.storefront.account.AccountOperations.me;
import static dev.storefront.account.AccountOperations.register;
import static dev.storefront.account.AccountOperations.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out replaces the XSRF-TOKEN cookie, as Spring Security's own sign-in and
 * sign-out do: a token someone learned before cannot be used after.
 */
@StorefrontTest
class CsrfTokenRotationTests {

    /** Raw, as the token in its header is what is tested: a refused one is a 403 the tester can't read. */
    static final String ME = "query me { me { email } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate testJdbc;

    @Test
    void signingInIssuesANewTokenAndRefusesTheOldOne() {
        Visitor browser = withAnonymousSession();
        String email = AccountOperations.signedInShopper(Visitor.opened(this.port));
        String before = browser.cookie("XSRF-TOKEN");

        assertThat(login(browser, email, PASSWORD).customer().email()).isEqualTo(email);

        String after = browser.cookie("XSRF-TOKEN");
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(statusOfMe(browser, before)).isEqualTo(403);
        assertThat(statusOfMe(browser, after)).isEqualTo(200);
        assertThat(me(browser).email()).isEqualTo(email);
    }

    @Test
    void registeringIssuesANewToken() {
        Visitor browser = withAnonymousSession();
        String before = browser.cookie("XSRF-TOKEN");

        register(browser, uniqueEmail(), PASSWORD, "Ada");

        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank().isNotEqualTo(before);
        assertThat(statusOfMe(browser, before)).isEqualTo(403);
        assertThat(statusOfMe(browser, browser.cookie("XSRF-TOKEN"))).isEqualTo(200);
    }

    @Test
    void signingOutDropsTheTokenAndTheNextSessionGetsAnotherOne() {
        Visitor browser = Visitor.opened(this.port);
        AccountOperations.signedInShopper(browser);
        String signedIn = browser.cookie("XSRF-TOKEN");

        assertThat(logout(browser)).isTrue();
        assertThat(browser.cookie("XSRF-TOKEN")).as("cleared by the sign-out").isNull();

        addAKnife(browser);
        String next = browser.cookie("XSRF-TOKEN");
        assertThat(browser.cookie("SESSION")).isNotBlank();
        assertThat(next).isNotBlank().isNotEqualTo(signedIn);
        assertThat(statusOfMe(browser, signedIn)).isEqualTo(403);
        assertThat(statusOfMe(browser, next)).isEqualTo(200);
    }

    /** A browser whose anonymous session (a cart) makes its writes need the token. */
    private Visitor withAnonymousSession() {
        Visitor browser = Visitor.opened(this.port);
        addAKnife(browser);
        assertThat(browser.cookie("SESSION")).isNotBlank();
        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
        return browser;
    }

    private void addAKnife(Visitor browser) {
        browser.documentName("addToCartUserErrors")
                .variable("productId", productId("chefs-knife"))
                .execute()
                .path("addToCart.userErrors")
                .entityList(UserError.class)
                .hasSize(0);
    }

    /** POSTs {@code me} with the browser's cookies but the given token in the header. */
    private int statusOfMe(Visitor browser, String token) {
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
