package dev.storefront.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.order.OrderOperations.OrderConnectionData;
import dev.storefront.order.OrderOperations.OrderData;
import dev.storefront.order.OrderOperations.OrderListData;
import dev.storefront.order.OrderOperations.OrderPayloadData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static dev.storefront.Answers.classifiedAs;
import static dev.storefront.Answers.codes;
import static dev.storefront.Answers.text;
import static dev.storefront.order.OrderOperations.CANCEL;
import static dev.storefront.order.OrderOperations.MARK_PAID;
import static dev.storefront.order.OrderOperations.MARK_SHIPPED;
import static dev.storefront.order.OrderOperations.myOrders;
import static dev.storefront.order.OrderOperations.order;
import static dev.storefront.order.OrderOperations.orderData;
import static dev.storefront.order.OrderOperations.orders;
import static dev.storefront.order.OrderOperations.ran;
import static dev.storefront.order.OrderOperations.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who sees an order: the customer it belongs to, the session that placed it, and admins. Anyone
 * else gets exactly what a number nobody has gets, however the number is written or guessed.
 */
@StorefrontTest
class OrderVisibilityTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderQueries queries;

    OrderFixtures fixtures;

    String ownerEmail;

    Visitor owner;

    Visitor otherShopper;

    Visitor anonymous;

    Visitor guest;

    Visitor admin;

    OrderFixtures.Placed ownersOrder;

    OrderFixtures.Placed guestsOrder;

    @BeforeEach
    void placeAnOrderForAShopperAndOneForAGuest() {
        this.fixtures = OrderFixtures.of(this.context);
        this.ownerEmail = OrderOperations.newEmail();
        this.owner = Visitors.shopper(this.port, this.ownerEmail);
        this.otherShopper = Visitors.shopper(this.port, OrderOperations.newEmail());
        this.anonymous = Visitors.anonymous(this.port);
        String knife =
                this.fixtures.jdbc().queryForObject("select id from product where slug = 'chefs-knife'", String.class);
        this.guest = OrderOperations.guestWithSession(this.port, knife);
        this.admin = Visitors.admin(this.port);
        // Cancelling puts stock back: the orders are of a product only these tests use.
        this.fixtures.product("order-test-visibility", 10);
        Map<String, Integer> lines = Map.of("order-test-visibility", 1);
        this.ownersOrder =
                this.fixtures.place(this.fixtures.customerId(this.ownerEmail), this.ownerEmail, Instant.now(), lines);
        this.guestsOrder = this.fixtures.place(null, "guest@example.com", Instant.now(), lines);
        this.fixtures.placedIn(this.guest, List.of(this.guestsOrder.id()));
    }

    @AfterEach
    void removeOrders() {
        this.fixtures.removeAll();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOrderIsReadByItsOwnerTheSessionThatPlacedItAndAdminsOnly() {
        assertThat(visible(this.owner)).containsExactly(true, false);
        assertThat(visible(this.guest)).containsExactly(false, true);
        assertThat(visible(this.admin)).containsExactly(true, true);
        assertThat(visible(this.otherShopper)).containsExactly(false, false);
        assertThat(visible(this.anonymous)).containsExactly(false, false);
    }

    @Test
    void theCustomerOfAnOrderIsShownToThatCustomerAndAdminsOnly() {
        assertThat(orderData(this.owner, this.ownersOrder.number()).customer().email())
                .isEqualTo(this.ownerEmail);
        assertThat(orderData(this.admin, this.ownersOrder.number()).customer().email())
                .isEqualTo(this.ownerEmail);
        OrderData guestOrder = orderData(this.guest, this.guestsOrder.number());
        assertThat(guestOrder.number()).isEqualTo(this.guestsOrder.number());
        assertThat(guestOrder.customer()).isNull();
        assertThat(orderData(this.admin, this.guestsOrder.number()).customer()).isNull();
    }

    @Test
    void aNumberIsFoundWhateverItsCaseDashesAndSpaces() {
        String number = this.ownersOrder.number();
        String plain = number.replace("-", "");
        for (String typed : List.of(
                number.toLowerCase(),
                plain,
                plain.substring(2),
                " " + number.replace("-", " ") + " ",
                number.replace("-", "\u2013"))) {
            assertThat(orderData(this.owner, typed).number()).as(typed).isEqualTo(number);
        }
    }

    @Test
    void guessedNumbersAliasedInOneRequestAllAnswerNullLikeNumbersNobodyHas() {
        Map<String, Object> variables =
                Map.of("a", this.ownersOrder.number(), "b", this.guestsOrder.number(), "c", OrderFixtures.newNumber());
        for (Visitor stranger : List.of(this.otherShopper, this.anonymous)) {
            stranger.documentName("threeOrders")
                    .variables(variables)
                    .execute()
                    .path("")
                    .matchesJsonStrictly("{\"a\": null, \"b\": null, \"c\": null}");
        }
        this.admin
                .documentName("threeOrders")
                .variables(variables)
                .execute()
                .path("a.number")
                .entity(String.class)
                .isEqualTo(this.ownersOrder.number())
                .path("b.number")
                .entity(String.class)
                .isEqualTo(this.guestsOrder.number())
                .path("c")
                .valueIsNull();
    }

    @Test
    void aNumberLongerThanAnyNumberIsABadRequestThatDoesNotRepeatIt() {
        String tooLong = "SF-" + "A".repeat(38);
        GraphQlTester.Response response = order(this.admin, tooLong);
        response.errors().satisfy(classifiedAs("BAD_REQUEST"));
        assertThat(text(response)).doesNotContain(tooLong);
        assertThat(orderData(this.admin, "SF-" + "A".repeat(37))).isNull();
    }

    @Test
    void myOrdersIsForSignedInCustomersAndHoldsOnlyTheirOwn() {
        myOrders(this.anonymous).execute().errors().satisfy(classifiedAs("UNAUTHORIZED"));
        myOrders(this.guest).execute().errors().satisfy(classifiedAs("UNAUTHORIZED"));
        OrderConnectionData mine = myOrders(this.owner)
                .execute()
                .path("myOrders")
                .entity(OrderConnectionData.class)
                .get();
        assertThat(mine.numbers()).containsExactly(this.ownersOrder.number());
        assertThat(mine.totalCount()).isEqualTo(1);
        assertThat(myOrders(this.otherShopper)
                        .execute()
                        .path("myOrders")
                        .entity(OrderConnectionData.class)
                        .get()
                        .numbers())
                .isEmpty();
    }

    @Test
    void aCustomersOrdersAreTheirsInMeAndNobodyElsesThroughTheService() {
        this.owner
                .documentName("meOrders")
                .execute()
                .path("me.orders.nodes[*].number")
                .entityList(String.class)
                .containsExactly(this.ownersOrder.number());
        this.otherShopper
                .documentName("meOrders")
                .execute()
                .path("me.orders.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
        this.anonymous.documentName("meOrders").execute().path("me").valueIsNull();
        // No query hands a shopper another customer, but the service refuses it anyway.
        long ownerId = this.fixtures.customerId(this.ownerEmail);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        Long.toString(ownerId + 1), "", List.of(new SimpleGrantedAuthority("ROLE_SHOPPER"))));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> this.queries.of(ownerId, OrderPageRequest.of(null, null)));
    }

    @Test
    void onlyAdminsListEveryOrder() {
        Map<String, Object> filter = Map.of("email", this.ownerEmail);
        orders(this.anonymous).variable("filter", filter).execute().errors().satisfy(classifiedAs("UNAUTHORIZED"));
        orders(this.owner).variable("filter", filter).execute().errors().satisfy(classifiedAs("FORBIDDEN"));
        orders(this.guest).variable("filter", filter).execute().errors().satisfy(classifiedAs("UNAUTHORIZED"));
        OrderListData listed = orders(this.admin)
                .variable("filter", filter)
                .execute()
                .path("orders")
                .entity(OrderListData.class)
                .get();
        assertThat(listed.numbers()).containsExactly(this.ownersOrder.number());
        assertThat(listed.nodes()).singleElement().satisfies((order) -> {
            assertThat(order.email()).isEqualTo(this.ownerEmail);
            assertThat(order.customer().email()).isEqualTo(this.ownerEmail);
        });
    }

    @Test
    void onlyAdminsMarkOrdersPaidOrShipped() {
        for (String mutation : List.of(MARK_PAID, MARK_SHIPPED)) {
            run(this.anonymous, mutation, this.guestsOrder.number()).errors().satisfy(classifiedAs("UNAUTHORIZED"));
            run(this.owner, mutation, this.ownersOrder.number()).errors().satisfy(classifiedAs("FORBIDDEN"));
            run(this.guest, mutation, this.guestsOrder.number()).errors().satisfy(classifiedAs("UNAUTHORIZED"));
        }
        assertThat(this.fixtures.status(this.ownersOrder.number())).isEqualTo(OrderStatus.PLACED);
        assertThat(this.fixtures.status(this.guestsOrder.number())).isEqualTo(OrderStatus.PLACED);
        assertThat(ran(this.admin, MARK_PAID, this.ownersOrder.number()).order().status())
                .isEqualTo("PAID");
    }

    @Test
    void strangersCancelNothingAndHearWhatAnUnknownNumberHears() {
        OrderPayloadData unknown = ran(this.otherShopper, CANCEL, OrderFixtures.newNumber());
        for (Visitor stranger : List.of(this.otherShopper, this.anonymous, this.guest)) {
            assertThat(ran(stranger, CANCEL, this.ownersOrder.number())).isEqualTo(unknown);
        }
        assertThat(codes(unknown.userErrors())).containsExactly("NOT_FOUND");
        assertThat(ran(this.owner, CANCEL, this.guestsOrder.number())).isEqualTo(unknown);
        assertThat(this.fixtures.status(this.ownersOrder.number())).isEqualTo(OrderStatus.PLACED);
        assertThat(this.fixtures.status(this.guestsOrder.number())).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void theOwnerAndThePlacingSessionCancelTheirOrders() {
        assertThat(ran(this.owner, CANCEL, this.ownersOrder.number()).order().status())
                .isEqualTo("CANCELLED");
        assertThat(ran(this.guest, CANCEL, this.guestsOrder.number()).order().status())
                .isEqualTo("CANCELLED");
    }

    private List<Boolean> visible(Visitor browser) {
        return List.of(
                orderData(browser, this.ownersOrder.number()) != null,
                orderData(browser, this.guestsOrder.number()) != null);
    }
}
