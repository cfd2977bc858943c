package dev.storefront.order;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.storefront.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * An order as the API shows it (the GraphQL {@code Order}); {@code paymentMethod} and
 * {@code customer} are resolved from the code and the id kept here.
 *
 * @param customerId null for a guest order
 */
public record OrderView(
        long id,
        String number,
        OrderStatus status,
        String email,
        ShippingAddress shippingAddress,
        List<OrderLineView> lines,
        Money subtotal,
        Money shipping,
        Money tax,
        Money total,
        String paymentMethodCode,
        OffsetDateTime placedAt,
        OffsetDateTime updatedAt,
        @Nullable Long customerId) {

    /** The view of an order; reads its lines (one statement, or none when they are loaded). */
    static OrderView of(Order order) {
        OrderAmounts amounts = order.getAmounts();
        String currency = amounts.currency();
        List<OrderLineView> lines = order.getLines().stream()
                .map((line) -> new OrderLineView(
                        line.getProductId(),
                        line.getTitle(),
                        line.getSlug(),
                        new Money(line.getUnitPrice(), currency),
                        line.getQuantity(),
                        new Money(line.getLineTotal(), currency)))
                .toList();
        return new OrderView(
                order.getId(),
                order.getNumber(),
                order.getStatus(),
                order.getEmail(),
                order.getShippingAddress(),
                lines,
                new Money(amounts.subtotal(), currency),
                new Money(amounts.shipping(), currency),
                new Money(amounts.tax(), currency),
                new Money(amounts.total(), currency),
                order.getPaymentMethod(),
                order.getPlacedAt().atOffset(ZoneOffset.UTC),
                order.getUpdatedAt().atOffset(ZoneOffset.UTC),
                order.getCustomerId());
    }

    /** One line of an order, as bought (the GraphQL {@code OrderLine}; {@code product} is resolved from the id). */
    public record OrderLineView(
            long productId, String title, String slug, Money unitPrice, int quantity, Money lineTotal) {}
}
