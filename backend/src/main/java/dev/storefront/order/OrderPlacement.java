package dev.storefront.order;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Places orders ({@code placeOrder}): runs {@link PlaceOrderTransaction} and settles what only
 * the database's unique keys can. When the same idempotency key was used at the same moment by
 * a path the cart lock doesn't serialize, the second insert fails on
 * {@code uk_customer_order_idempotency} and the first's order is returned, replayed; when the
 * random number clashed ({@code uk_customer_order_number}), the whole attempt is rolled back and
 * tried again with a new number. After commit, the order is remembered in the session (a guest
 * reads it there) and its payment method hears of it.
 */
@Service
class OrderPlacement {

    private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

    private static final int MAX_ATTEMPTS = 3;

    private final PlaceOrderTransaction transaction;

    private final OrderSession session;

    private final PaymentMethods payments;

    OrderPlacement(PlaceOrderTransaction transaction, OrderSession session, PaymentMethods payments) {
        this.transaction = transaction;
        this.session = session;
        this.payments = payments;
    }

    PlaceOrderPayload place(PlaceOrderInput input) {
        for (int attempt = 1; ; attempt++) {
            try {
                return afterCommit(this.transaction.place(input));
            } catch (DataIntegrityViolationException ex) {
                Optional<PlaceOrderPayload> earlier = this.transaction.replay(input);
                if (earlier.isPresent()) {
                    return afterCommit(earlier.get());
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw ex;
                }
                log.info("Placing an order clashed on a unique key (attempt {}); trying again", attempt);
            }
        }
    }

    private PlaceOrderPayload afterCommit(PlaceOrderPayload payload) {
        OrderView order = payload.order();
        if (order == null) {
            return payload;
        }
        this.session.remember(order.id());
        if (!payload.replayed()) {
            this.payments.find(order.paymentMethodCode()).ifPresent((method) -> {
                try {
                    method.onPlaced(order);
                } catch (RuntimeException ex) {
                    log.warn(
                            "Payment method {} failed on order {}; the order stays PLACED",
                            method.code(),
                            order.number(),
                            ex);
                }
            });
        }
        return payload;
    }
}
