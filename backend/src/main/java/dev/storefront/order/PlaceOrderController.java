package dev.storefront.order;

import java.util.List;

import dev.storefront.cart.CartView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Checkout's API: placing an order, what it would cost ({@code Cart.checkout}) and how to pay. */
@Controller
class PlaceOrderController {

    private final OrderPlacement placement;

    private final Shipping shipping;

    private final PaymentMethods payments;

    PlaceOrderController(OrderPlacement placement, Shipping shipping, PaymentMethods payments) {
        this.placement = placement;
        this.shipping = shipping;
        this.payments = payments;
    }

    @MutationMapping
    PlaceOrderPayload placeOrder(@Argument PlaceOrderInput input) {
        return this.placement.place(input);
    }

    @SchemaMapping(typeName = "Cart", field = "checkout")
    CheckoutTotals checkout(CartView cart) {
        return this.shipping.totals(cart);
    }

    @QueryMapping
    List<PaymentMethodView> paymentMethods() {
        return this.payments.all().stream()
                .map((method) -> PaymentMethodView.of(method, null))
                .toList();
    }

    @SchemaMapping(typeName = "Order", field = "paymentMethod")
    PaymentMethodView paymentMethod(OrderView order) {
        return this.payments
                .find(order.paymentMethodCode())
                .map((method) -> PaymentMethodView.of(method, order.number()))
                // A method the shop no longer offers: its code, and nothing to act on.
                .orElseGet(() -> new PaymentMethodView(
                        order.paymentMethodCode(),
                        order.paymentMethodCode(),
                        "This payment method is no longer offered; contact the shop about paying for this order."));
    }
}
