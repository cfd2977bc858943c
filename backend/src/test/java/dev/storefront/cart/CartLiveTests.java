package dev.storefront.cart;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;
import dev.storefront.EventStream;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Browser.at;
import static dev.storefront.cart.CartLiveOperations.CART_FIELDS;
import static dev.storefront.cart.CartLiveOperations.add;
import static dev.storefront.cart.CartLiveOperations.productId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cartChanged} over GraphQL over SSE: a session's cart now, then after every committed
 * change from any tab or device, across sign-in and sign-out, and never another session's.
 */
@StorefrontTest
class CartLiveTests {

    static final String CART_CHANGED = "subscription CartChanged { cartChanged { " + CART_FIELDS + " } }";

    static final String REGISTER =
            "mutation Register($input: RegisterInput!) { register(input: $input) { customer { id } } }";

    static final String LOGIN = "mutation Login($input: LoginInput!) { login(input: $input) { customer { id } } }";

    static final String LOGOUT = "mutation Logout { logout { signedOut } }";

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStreamStartsWithTheCartAndShowsWhatAnotherTabAdds() {
        Browser tab = new Browser(this.port).open();
        add(tab, productId(tab, "chefs-knife"), 2);
        try (EventStream stream = EventStream.open(this.port, tab, CART_CHANGED)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            EventStream.Event first = stream.next();
            assertThat(first.name()).isEqualTo("next");
            assertThat(slugs(first)).containsExactly("chefs-knife");
            assertThat(first.at("cartChanged.totalQuantity")).isEqualTo(2);

            Browser otherTab = sameSession(tab);
            add(otherTab, productId(otherTab, "insulated-bottle"), 1);
            EventStream.Event changed = stream.next();
            assertThat(slugs(changed)).containsExactly("chefs-knife", "insulated-bottle");
            assertThat(changed.at("cartChanged.totalQuantity")).isEqualTo(3);
        }
    }

    @Test
    void anotherSessionsChangesNeverReachTheStream() {
        Browser mine = new Browser(this.port).open();
        add(mine, productId(mine, "chefs-knife"), 1);
        Browser stranger = new Browser(this.port).open();
        add(stranger, productId(stranger, "summit-tent"), 1);
        try (EventStream stream = EventStream.open(this.port, mine, CART_CHANGED)) {
            assertThat(slugs(stream.next())).containsExactly("chefs-knife");
            add(stranger, productId(stranger, "igo-travel-radio"), 1);
            // Events reach the stream in order: the next one is my own change, not the stranger's.
            add(mine, productId(mine, "insulated-bottle"), 1);
            EventStream.Event next = stream.next();
            assertThat(slugs(next)).containsExactly("chefs-knife", "insulated-bottle");
            assertThat(next.result().toString()).doesNotContain("summit-tent", "igo-travel-radio");
        }
    }

    @Test
    void withoutASessionTheStreamSendsTheEmptyCartAndCompletes() {
        Browser visitor = new Browser(this.port).open();
        try (EventStream stream = EventStream.open(this.port, visitor, CART_CHANGED)) {
            EventStream.Event first = stream.next();
            assertThat(first.at("cartChanged.id")).isNull();
            assertThat(first.at("cartChanged.lines")).isEqualTo(List.of());
            assertThat(stream.next().isComplete()).isTrue();
        }
        assertThat(visitor.cookie("SESSION"))
                .as("subscribing creates no session")
                .isNull();
    }

    @Test
    void aCustomerWithoutACartSeesTheFirstAddOfAnotherDevice() {
        String email = uniqueEmail();
        Browser phone = new Browser(this.port).open();
        phone.graphql(REGISTER, Map.of("input", account(email)));
        Browser laptop = new Browser(this.port).open();
        laptop.graphql(LOGIN, Map.of("input", Map.of("email", email, "password", PASSWORD)));
        try (EventStream stream = EventStream.open(this.port, phone, CART_CHANGED)) {
            assertThat(stream.next().at("cartChanged.id")).isNull();
            add(laptop, productId(laptop, "summit-tent"), 1);
            assertThat(slugs(stream.next())).containsExactly("summit-tent");
        }
    }

    @Test
    void aSessionWhoseCartIsGoneFollowsTheCartItsNextWriteMakes() {
        Browser tab = new Browser(this.port).open();
        Map<String, Object> added = add(tab, productId(tab, "chefs-knife"), 1);
        try (EventStream stream = EventStream.open(this.port, tab, CART_CHANGED)) {
            assertThat(slugs(stream.next())).containsExactly("chefs-knife");
            // As the abandoned-cart cleanup does, behind JPA's back: nothing is told.
            this.jdbc.update("DELETE FROM cart WHERE id = ?", Long.valueOf((String) at(added, "addToCart.cart.id")));
            add(sameSession(tab), productId(tab, "summit-tent"), 1);
            assertThat(slugs(stream.next())).containsExactly("summit-tent");
        }
    }

    @Test
    void signingInSwitchesTheStreamToTheMergedCartOfEveryDevice() {
        String email = uniqueEmail();
        Browser phone = new Browser(this.port).open();
        phone.graphql(REGISTER, Map.of("input", account(email)));
        add(phone, productId(phone, "igo-travel-radio"), 1);

        Browser laptop = new Browser(this.port).open();
        add(laptop, productId(laptop, "summit-tent"), 1);
        try (EventStream onLaptop = EventStream.open(this.port, laptop, CART_CHANGED);
                EventStream onPhone = EventStream.open(this.port, phone, CART_CHANGED)) {
            assertThat(slugs(onLaptop.next())).containsExactly("summit-tent");
            assertThat(slugs(onPhone.next())).containsExactly("igo-travel-radio");

            // Another tab of the laptop signs in: its anonymous cart merges into the customer's.
            sameSession(laptop).graphql(LOGIN, Map.of("input", Map.of("email", email, "password", PASSWORD)));
            assertThat(slugs(lastBefore(onLaptop))).containsExactly("igo-travel-radio", "summit-tent");
            assertThat(slugs(lastBefore(onPhone))).containsExactly("igo-travel-radio", "summit-tent");
        }
    }

    @Test
    void signingOutSendsTheEmptyCartAndCompletesTheStream() {
        Browser browser = new Browser(this.port).open();
        browser.graphql(REGISTER, Map.of("input", account(uniqueEmail())));
        add(browser, productId(browser, "chefs-knife"), 1);
        try (EventStream stream = EventStream.open(this.port, browser, CART_CHANGED)) {
            assertThat(slugs(stream.next())).containsExactly("chefs-knife");
            browser.graphql(LOGOUT);
            EventStream.Event signedOut = stream.next();
            assertThat(signedOut.at("cartChanged.id")).isNull();
            assertThat(signedOut.at("cartChanged.lines")).isEqualTo(List.of());
            assertThat(stream.next().isComplete()).isTrue();
        }
        try (EventStream after = EventStream.open(this.port, browser, CART_CHANGED)) {
            assertThat(after.next().at("cartChanged.lines"))
                    .as("the old session's cookie is no way back in")
                    .isEqualTo(List.of());
            assertThat(after.next().isComplete()).isTrue();
        }
    }

    /** The last event the stream had within a moment, for changes that send several. */
    private static EventStream.Event lastBefore(EventStream stream) {
        EventStream.Event last = stream.next();
        for (EventStream.Event more = stream.poll(java.time.Duration.ofMillis(700));
                more != null;
                more = stream.poll(java.time.Duration.ofMillis(700))) {
            last = more;
        }
        return last;
    }

    /** Another tab of the same browser: the same cookies. */
    private Browser sameSession(Browser browser) {
        Browser tab = new Browser(this.port);
        browser.cookies().forEach(tab::setCookie);
        return tab;
    }

    @SuppressWarnings("unchecked")
    static List<String> slugs(EventStream.Event event) {
        List<Map<String, Object>> lines = (List<Map<String, Object>>) event.at("cartChanged.lines");
        assertThat(lines).as("an event with a cart: " + event).isNotNull();
        return lines.stream()
                .map((line) -> (String) ((Map<String, Object>) line.get("product")).get("slug"))
                .toList();
    }

    static Map<String, Object> account(String email) {
        return Map.of("email", email, "password", PASSWORD, "name", "Live Shopper");
    }

    static String uniqueEmail() {
        return "live-" + UUID.randomUUID() + "@example.com";
    }
}
