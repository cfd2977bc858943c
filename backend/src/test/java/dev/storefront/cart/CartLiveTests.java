package dev.storefront.cart;

import java.time.Duration;
import java.util.List;

import dev.storefront.EventStream;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.cart.CartOperations.CartData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Visitors.productId;
import static dev.storefront.cart.CartOperations.add;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cartChanged} over GraphQL over SSE: a session's cart now, then after every committed
 * change from any tab or device, across sign-in and sign-out, and never another session's.
 */
@StorefrontTest
class CartLiveTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStreamStartsWithTheCartAndShowsWhatAnotherTabAdds() {
        Visitor tab = Visitors.anonymous(this.port);
        add(tab, productId(tab, "chefs-knife"), 2);
        try (EventStream stream = cartChanged(tab)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            EventStream.Event first = stream.next();
            assertThat(first.name()).isEqualTo("next");
            assertThat(slugs(first)).containsExactly("chefs-knife");
            assertThat(cart(first).totalQuantity()).isEqualTo(2);

            Visitor otherTab = tab.newTab(this.port);
            add(otherTab, productId(otherTab, "insulated-bottle"), 1);
            EventStream.Event changed = stream.next();
            assertThat(slugs(changed)).containsExactly("chefs-knife", "insulated-bottle");
            assertThat(cart(changed).totalQuantity()).isEqualTo(3);
        }
    }

    @Test
    void anotherSessionsChangesNeverReachTheStream() {
        Visitor mine = Visitors.anonymous(this.port);
        add(mine, productId(mine, "chefs-knife"), 1);
        Visitor stranger = Visitors.anonymous(this.port);
        add(stranger, productId(stranger, "summit-tent"), 1);
        try (EventStream stream = cartChanged(mine)) {
            assertThat(slugs(stream.next())).containsExactly("chefs-knife");
            add(stranger, productId(stranger, "igo-travel-radio"), 1);
            // Events reach the stream in order: the next one is my own change, not the stranger's.
            add(mine, productId(mine, "insulated-bottle"), 1);
            EventStream.Event next = stream.next();
            assertThat(slugs(next)).containsExactly("chefs-knife", "insulated-bottle");
            assertThat(next.text()).doesNotContain("summit-tent", "igo-travel-radio");
        }
    }

    @Test
    void withoutASessionTheStreamSendsTheEmptyCartAndCompletes() {
        Visitor visitor = Visitors.anonymous(this.port);
        try (EventStream stream = cartChanged(visitor)) {
            CartData first = cart(stream.next());
            assertThat(first.id()).isNull();
            assertThat(first.lines()).isEqualTo(List.of());
            assertThat(stream.next().isComplete()).isTrue();
        }
        assertThat(visitor.cookie("SESSION"))
                .as("subscribing creates no session")
                .isNull();
    }

    @Test
    void aCustomerWithoutACartSeesTheFirstAddOfAnotherDevice() {
        String email = Visitors.uniqueEmail("live");
        Visitor phone = Visitors.shopper(this.port, email);
        Visitor laptop = Visitors.anonymous(this.port);
        signIn(laptop, email);
        try (EventStream stream = cartChanged(phone)) {
            assertThat(cart(stream.next()).id()).isNull();
            add(laptop, productId(laptop, "summit-tent"), 1);
            assertThat(slugs(stream.next())).containsExactly("summit-tent");
        }
    }

    @Test
    void aSessionWhoseCartIsGoneFollowsTheCartItsNextWriteMakes() {
        Visitor tab = Visitors.anonymous(this.port);
        CartData added = add(tab, productId(tab, "chefs-knife"), 1).cart();
        try (EventStream stream = cartChanged(tab)) {
            assertThat(slugs(stream.next())).containsExactly("chefs-knife");
            // As the abandoned-cart cleanup does, behind JPA's back: nothing is told.
            this.jdbc.update("DELETE FROM cart WHERE id = ?", Long.valueOf(added.id()));
            add(tab.newTab(this.port), productId(tab, "summit-tent"), 1);
            assertThat(slugs(stream.next())).containsExactly("summit-tent");
        }
    }

    @Test
    void signingInSwitchesTheStreamToTheMergedCartOfEveryDevice() {
        String email = Visitors.uniqueEmail("live");
        Visitor phone = Visitors.shopper(this.port, email);
        add(phone, productId(phone, "igo-travel-radio"), 1);

        Visitor laptop = Visitors.anonymous(this.port);
        add(laptop, productId(laptop, "summit-tent"), 1);
        try (EventStream onLaptop = cartChanged(laptop);
                EventStream onPhone = cartChanged(phone)) {
            assertThat(slugs(onLaptop.next())).containsExactly("summit-tent");
            assertThat(slugs(onPhone.next())).containsExactly("igo-travel-radio");

            // Another tab of the laptop signs in: its anonymous cart merges into the customer's.
            signIn(laptop.newTab(this.port), email);
            assertThat(slugs(lastBefore(onLaptop))).containsExactly("igo-travel-radio", "summit-tent");
            assertThat(slugs(lastBefore(onPhone))).containsExactly("igo-travel-radio", "summit-tent");
        }
    }

    @Test
    void signingOutSendsTheEmptyCartAndCompletesTheStream() {
        Visitor visitor = Visitors.shopper(this.port, Visitors.uniqueEmail("live"));
        add(visitor, productId(visitor, "chefs-knife"), 1);
        try (EventStream stream = cartChanged(visitor)) {
            assertThat(slugs(stream.next())).containsExactly("chefs-knife");
            visitor.documentName("logout")
                    .execute()
                    .path("logout.signedOut")
                    .entity(Boolean.class)
                    .isEqualTo(true);
            CartData signedOut = cart(stream.next());
            assertThat(signedOut.id()).isNull();
            assertThat(signedOut.lines()).isEqualTo(List.of());
            assertThat(stream.next().isComplete()).isTrue();
        }
        try (EventStream after = cartChanged(visitor)) {
            assertThat(cart(after.next()).lines())
                    .as("the old session's cookie is no way back in")
                    .isEqualTo(List.of());
            assertThat(after.next().isComplete()).isTrue();
        }
    }

    /** The last event the stream had within a moment, for changes that send several. */
    private static EventStream.Event lastBefore(EventStream stream) {
        EventStream.Event last = stream.next();
        for (EventStream.Event more = stream.poll(Duration.ofMillis(700));
                more != null;
                more = stream.poll(Duration.ofMillis(700))) {
            last = more;
        }
        return last;
    }

    private static EventStream cartChanged(Visitor visitor) {
        return EventStream.open(visitor, "cartChanged");
    }

    private static void signIn(Visitor visitor, String email) {
        assertThat(Visitors.login(visitor, email, Visitors.PASSWORD).customer())
                .as("signed in as %s", email)
                .isNotNull();
    }

    private static CartData cart(EventStream.Event event) {
        CartData cart = event.entity("cartChanged", CartData.class);
        assertThat(cart).as("an event with a cart: " + event).isNotNull();
        return cart;
    }

    private static List<String> slugs(EventStream.Event event) {
        return cart(event).lines().stream().map((line) -> line.product().slug()).toList();
    }
}
