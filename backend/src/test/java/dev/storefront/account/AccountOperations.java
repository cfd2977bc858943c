package dev.storefront.account;

import java.util.List;

import dev.storefront.Answers.AuthData;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.jspecify.annotations.Nullable;

import static dev.storefront.Answers.valueOrNull;
import static org.assertj.core.api.Assertions.assertThat;

/** The account operations as the SPA sends them ({@code register}, {@code login}, {@code logout}, {@code me}), for tests. */
final class AccountOperations {

    static final String PASSWORD = Visitors.PASSWORD;

    private AccountOperations() {}

    static String uniqueEmail() {
        return Visitors.uniqueEmail("shopper");
    }

    static AuthData register(Visitor visitor, String email, String password, String name) {
        return Visitors.register(visitor, email, password, name);
    }

    static AuthData login(Visitor visitor, String email, String password) {
        return Visitors.login(visitor, email, password);
    }

    /** {@code me}, null when anonymous. */
    static @Nullable MeData me(Visitor visitor) {
        return valueOrNull(visitor.documentName("me").execute(), "me", MeData.class);
    }

    /** The id of the signed-in customer. */
    static long customerId(Visitor visitor) {
        MeData me = me(visitor);
        assertThat(me).as("signed in").isNotNull();
        return Long.parseLong(me.id());
    }

    /** {@code logout}: whether a session was signed out. */
    static boolean logout(Visitor visitor) {
        return visitor.documentName("logout")
                .execute()
                .path("logout.signedOut")
                .entity(Boolean.class)
                .get();
    }

    /** A new shopper account, signed in in the given browser; returns its email. */
    static String signedInShopper(Visitor visitor) {
        String email = uniqueEmail();
        assertThat(register(visitor, email, PASSWORD, "Test Shopper").userErrors())
                .isEmpty();
        return email;
    }

    /** {@code Customer} as {@code me.graphql} selects it. */
    record MeData(String id, String email, String name, List<String> roles, String createdAt) {}
}
