package dev.storefront.cart;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Answers.LoginInput;
import dev.storefront.Answers.RegisterInput;
import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.cart.CartOperations.CartData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.storefront.Visitors.productId;
import static dev.storefront.cart.CartOperations.add;
import static dev.storefront.cart.CartOperations.cart;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in merges the anonymous cart into the customer's; the customer's cart follows them. */
@StorefrontTest
class CartMergeTests {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Test
    void registeringKeepsTheAnonymousCart() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "chefs-knife"), 2);
        SignInData registered = register(browser, uniqueEmail());
        assertThat(registered.cart().quantities()).containsExactly(Map.entry("chefs-knife", 2));
        assertThat(registered.cartMerge().mergedLines()).isEqualTo(1);
    }

    @Test
    void signingInAddsTheAnonymousLinesToTheSavedCartWithinStock() {
        String email = uniqueEmail();
        Visitor earlier = Visitor.opened(this.port);
        register(earlier, email);
        add(earlier, productId(earlier, "igo-travel-radio"), 6);
        add(earlier, productId(earlier, "insulated-bottle"), 1);

        Visitor anonymous = Visitor.opened(this.port);
        add(anonymous, productId(anonymous, "igo-travel-radio"), 5);
        add(anonymous, productId(anonymous, "summit-tent"), 1);
        SignInData login = login(anonymous, email, PASSWORD);

        assertThat(login.cart().quantities())
                .containsExactly(
                        Map.entry("igo-travel-radio", 8),
                        Map.entry("insulated-bottle", 1),
                        Map.entry("summit-tent", 1));
        assertThat(login.cartMerge().mergedLines()).isEqualTo(2);
        assertThat(login.cartMerge().adjustments()).anySatisfy((adjustment) -> {
            assertThat(adjustment.code()).isEqualTo("INSUFFICIENT_STOCK");
            assertThat(adjustment.message()).contains("Only 8");
        });
        assertThat(cart(earlier).quantities())
                .as("the other device sees the same cart")
                .isEqualTo(login.cart().quantities());
    }

    @Test
    void signingOutLeavesTheCartWithTheCustomerAndGivesTheVisitorAFreshOne() {
        String email = uniqueEmail();
        Visitor browser = Visitor.opened(this.port);
        register(browser, email);
        add(browser, productId(browser, "chefs-knife"), 1);
        CartData loggedOut = browser.documentName("logoutWithCart")
                .execute()
                .path("logout.cart")
                .entity(CartData.class)
                .get();
        assertThat(loggedOut.id()).isNull();
        assertThat(loggedOut.lines()).isEmpty();
        assertThat(cart(browser).lines()).isEmpty();
        SignInData again = login(browser, email, PASSWORD);
        assertThat(again.cart().quantities()).containsExactly(Map.entry("chefs-knife", 1));
        assertThat(again.cartMerge()).as("nothing to merge").isNull();
    }

    @Test
    void aFailedSignInLeavesTheAnonymousCartAlone() {
        Visitor browser = Visitor.opened(this.port);
        add(browser, productId(browser, "chefs-knife"), 1);
        SignInData failed = login(browser, uniqueEmail(), "wrong password");
        assertThat(failed.cart()).isNull();
        assertThat(cart(browser).quantities()).containsExactly(Map.entry("chefs-knife", 1));
    }

    private static SignInData register(Visitor browser, String email) {
        return browser.documentName("registerWithCart")
                .variable("input", new RegisterInput(email, PASSWORD, "Merge Tester"))
                .execute()
                .path("register")
                .entity(SignInData.class)
                .get();
    }

    private static SignInData login(Visitor browser, String email, String password) {
        return browser.documentName("loginWithCart")
                .variable("input", new LoginInput(email, password))
                .execute()
                .path("login")
                .entity(SignInData.class)
                .get();
    }

    private static String uniqueEmail() {
        return "merge-" + UUID.randomUUID() + "@example.com";
    }

    /** {@code AuthPayload} with the cart and what merging did. */
    record SignInData(
            @Nullable Email customer,
            @Nullable CartData cart,
            @Nullable MergeData cartMerge,
            List<UserError> userErrors) {}

    record Email(String email) {}

    /** {@code CartMerge}. */
    record MergeData(int mergedLines, List<UserError> adjustments) {}
}
