package dev.storefront.order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Confirms a placed order to the shopper. This is where the confirmation email would be sent;
 * until the shop sends mail, it logs what the email would say. Runs after the order committed,
 * on its own thread and transaction ({@link ApplicationModuleListener}); the event publication
 * registry keeps the event until this completes, and resubmits it at the next start if the
 * application stopped first.
 */
@Component
class OrderConfirmation {

    private static final Logger log = LoggerFactory.getLogger(OrderConfirmation.class);

    @ApplicationModuleListener
    void on(OrderPlaced order) {
        log.info(
                "Order {} placed: a confirmation would be emailed to {} for {} {}",
                order.number(),
                order.email(),
                order.total().amount().toPlainString(),
                order.total().currencyCode());
    }
}
