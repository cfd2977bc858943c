package dev.storefront;

import java.util.List;
import java.util.UUID;

import dev.storefront.Answers.AuthData;
import dev.storefront.Answers.LoginInput;
import dev.storefront.Answers.RegisterInput;
import dev.storefront.Answers.UserError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visitors tests need, each in a tab of its own that has loaded the shop's page: anonymous,
 * a new shopper, the demo admin. Signing up and in go through {@code register.graphql} and
 * {@code login.graphql}, as the SPA does; so do the first steps of many tests, finding a product
 * by its slug and putting it in the cart.
 */
public final class Visitors {

    public static final String ADMIN_EMAIL = "admin@storefront.test";

    public static final String ADMIN_PASSWORD = "demo-admin-password";

    /** The password of the shoppers tests register. */
    public static final String PASSWORD = "correct horse battery";

    private Visitors() {}

    public static Visitor anonymous(int port) {
        return Visitor.opened(port);
    }

    /** A new shopper (an email no one has), signed in. */
    public static Visitor shopper(int port) {
        return shopper(port, uniqueEmail("shopper"));
    }

    /** A new shopper with this email, signed in. */
    public static Visitor shopper(int port, String email) {
        Visitor visitor = anonymous(port);
        AuthData registered = register(visitor, email, PASSWORD, "Test Shopper");
        assertThat(registered.userErrors()).as("registering %s", email).isEmpty();
        assertThat(registered.customer().roles()).isEqualTo(List.of("SHOPPER"));
        return visitor;
    }

    /** The demo admin, signed in. */
    public static Visitor admin(int port) {
        Visitor visitor = anonymous(port);
        AuthData login = login(visitor, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(login.customer())
                .as("the admin signed in: %s", login.userErrors())
                .isNotNull();
        assertThat(login.customer().roles()).isEqualTo(List.of("SHOPPER", "ADMIN"));
        return visitor;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.com";
    }

    /** The id of the product with this slug, as the SPA looks it up. */
    public static String productId(Visitor visitor, String slug) {
        return visitor.documentName("productId")
                .variable("slug", slug)
                .execute()
                .path("product.id")
                .entity(String.class)
                .get();
    }

    /**
     * Adds a product to the visitor's cart (the first add gives an anonymous visitor its session),
     * checking that it went in; the cart's total quantity after.
     */
    public static int addToCart(Visitor visitor, String productId, int quantity) {
        GraphQlTester.Response added = visitor.documentName("addToCart")
                .variable("productId", productId)
                .variable("quantity", quantity)
                .execute();
        added.path("addToCart.userErrors").entityList(UserError.class).hasSize(0);
        return added.path("addToCart.cart.totalQuantity").entity(Integer.class).get();
    }

    public static AuthData register(Visitor visitor, String email, String password, String name) {
        return visitor.documentName("register")
                .variable("input", new RegisterInput(email, password, name))
                .execute()
                .path("register")
                .entity(AuthData.class)
                .get();
    }

    public static AuthData login(Visitor visitor, String email, String password) {
        return visitor.documentName("login")
                .variable("input", new LoginInput(email, password))
                .execute()
                .path("login")
                .entity(AuthData.class)
                .get();
    }
}
