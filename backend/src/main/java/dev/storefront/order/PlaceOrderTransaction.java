package dev.storefront.order;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.storefront.account.Accounts;
import dev.storefront.account.CustomerView;
import dev.storefront.cart.CartCheckout;
import dev.storefront.cart.CartView;
import dev.storefront.cart.CheckoutCart;
import dev.storefront.catalog.Inventory;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One attempt at placing an order, in one transaction. The cart row is locked first, so two
 * submits of one cart queue up and the second finds the first's order by its idempotency key;
 * then the products' rows (in id order, so two checkouts can't deadlock), so stock read is stock
 * taken. READ COMMITTED, like the cart's writes: what is read after a lock wait is what the
 * other transaction committed. Anything short of an order writes nothing but the cart's
 * adjustment to a shortage.
 */
@Component
class PlaceOrderTransaction {

    private final CartCheckout carts;

    private final Inventory inventory;

    private final OrderRepository orders;

    private final OrderInputs inputs;

    private final Shipping shipping;

    private final OrderNumbers numbers;

    private final Accounts accounts;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PlaceOrderTransaction(
            CartCheckout carts,
            Inventory inventory,
            OrderRepository orders,
            OrderInputs inputs,
            Shipping shipping,
            OrderNumbers numbers,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.carts = carts;
        this.inventory = inventory;
        this.orders = orders;
        this.inputs = inputs;
        this.shipping = shipping;
        this.numbers = numbers;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    PlaceOrderPayload place(PlaceOrderInput input) {
        Optional<UserError> badKey = OrderInputs.keyProblem(input.idempotencyKey());
        if (badKey.isPresent()) {
            return PlaceOrderPayload.refused(this.carts.current(), List.of(badKey.get()));
        }
        Optional<CheckoutCart> locked = this.carts.lockCurrent();
        Optional<CustomerView> customer = this.accounts.current();
        Optional<String> scope = scope(locked, customer);
        Optional<PlaceOrderPayload> replay = scope.flatMap((key) -> replay(key, input.idempotencyKey()));
        if (replay.isPresent()) {
            return replay.get();
        }
        OrderInputs.Result checked = this.inputs.check(input, customer.map(CustomerView::email));
        if (checked.checked() == null) {
            return PlaceOrderPayload.refused(this.carts.current(), checked.errors());
        }
        if (locked.isEmpty() || locked.get().lines().isEmpty()) {
            return PlaceOrderPayload.refused(this.carts.current(), List.of(cartEmpty()));
        }
        CheckoutCart cart = locked.get();
        Map<Long, ProductView> products = this.inventory.lockForSale(cart.productIds());
        List<StockShortage> shortages = shortages(cart, products);
        if (!shortages.isEmpty()) {
            return shortOf(cart, products, shortages);
        }
        CheckoutTotals totals = this.shipping.totals(this.carts.price(cart, products));
        if (input.expectedTotal() != null
                && input.expectedTotal().compareTo(totals.total().amount()) != 0) {
            return PlaceOrderPayload.refused(this.carts.price(cart, products), List.of(priceChanged(totals)));
        }
        OrderView order =
                write(cart, products, totals, checked.checked(), customer, scope.orElseThrow(), input.idempotencyKey());
        return PlaceOrderPayload.placed(order, this.carts.empty(cart));
    }

    /** The order this scope placed with the key, if any: nothing is written then. */
    @Transactional(readOnly = true)
    Optional<PlaceOrderPayload> replay(PlaceOrderInput input) {
        return scope(this.carts.findCurrent(), this.accounts.current())
                .flatMap((scope) -> replay(scope, input.idempotencyKey()));
    }

    private Optional<PlaceOrderPayload> replay(String scope, String key) {
        return this.orders
                .findByScopeKeyAndIdempotencyKey(scope, key)
                .map((order) -> PlaceOrderPayload.replayed(OrderView.of(order), this.carts.current()));
    }

    /** Who may replay a key: the customer (on any device), or a guest's cart (so its session). */
    private static Optional<String> scope(Optional<CheckoutCart> cart, Optional<CustomerView> customer) {
        if (customer.isPresent()) {
            return Optional.of("customer:" + customer.get().id());
        }
        return cart.filter((found) -> found.customerId() == null).map((found) -> "cart:" + found.id());
    }

    private OrderView write(
            CheckoutCart cart,
            Map<Long, ProductView> products,
            CheckoutTotals totals,
            OrderInputs.Checked input,
            Optional<CustomerView> customer,
            String scope,
            String key) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        cart.lines().forEach((line) -> quantities.put(line.productId(), line.quantity()));
        this.inventory.take(quantities);
        Order order = new Order(
                this.numbers.next(),
                customer.map(CustomerView::id).orElse(null),
                scope,
                key,
                input.email(),
                input.address(),
                totals.amounts(),
                input.payment().code(),
                this.clock.instant());
        for (CheckoutCart.Line line : cart.lines()) {
            ProductView product = products.get(line.productId());
            order.addLine(
                    product.id(),
                    product.title(),
                    product.slug(),
                    product.price().amount(),
                    line.quantity());
        }
        // Flushed here: a clash on the number or the (scope, key) surfaces in this method.
        this.orders.saveAndFlush(order);
        OrderView view = OrderView.of(order);
        this.events.publishEvent(new OrderPlaced(
                view.id(),
                view.number(),
                view.customerId(),
                view.email(),
                view.total(),
                cart.lines().stream()
                        .map((line) -> new OrderPlaced.Line(line.productId(), line.quantity()))
                        .toList(),
                order.getPlacedAt()));
        return view;
    }

    private static List<StockShortage> shortages(CheckoutCart cart, Map<Long, ProductView> products) {
        List<StockShortage> shortages = new ArrayList<>();
        for (CheckoutCart.Line line : cart.lines()) {
            ProductView product = products.get(line.productId());
            if (product == null || !product.active()) {
                shortages.add(new StockShortage(
                        line.productId(), (product != null) ? product.title() : "A product", line.quantity(), 0));
            } else if (line.quantity() > product.stock()) {
                shortages.add(new StockShortage(product.id(), product.title(), line.quantity(), product.stock()));
            }
        }
        return shortages;
    }

    /** Nothing is placed; the cart is lowered to what can be had, and the errors say what changed. */
    private PlaceOrderPayload shortOf(
            CheckoutCart cart, Map<Long, ProductView> products, List<StockShortage> shortages) {
        List<UserError> errors = new ArrayList<>();
        for (StockShortage shortage : shortages) {
            ProductView product = products.get(shortage.productId());
            if (product == null || !product.active()) {
                errors.add(UserError.of(
                        UserErrorCode.PRODUCT_UNAVAILABLE,
                        shortage.title() + " is no longer on sale and was removed from your cart"));
            } else {
                errors.add(UserError.of(
                        UserErrorCode.INSUFFICIENT_STOCK,
                        (shortage.available() == 0)
                                ? shortage.title() + " is sold out and was removed from your cart"
                                : "Only " + shortage.available() + " of " + shortage.title()
                                        + " are left; your cart now holds " + shortage.available()));
            }
        }
        CartView adjusted = this.carts.adjustToAvailability(cart, products);
        if (adjusted.lines().isEmpty()) {
            errors.add(cartEmpty());
        }
        return PlaceOrderPayload.shortOf(adjusted, shortages, errors);
    }

    private static UserError cartEmpty() {
        return UserError.of(UserErrorCode.CART_EMPTY, "Your cart holds nothing that can be bought now");
    }

    private static UserError priceChanged(CheckoutTotals totals) {
        return UserError.of(
                UserErrorCode.PRICE_CHANGED,
                "The total is now " + totals.total().amount().toPlainString() + " "
                        + totals.total().currencyCode() + "; check your order and place it again",
                "input",
                "expectedTotal");
    }
}
