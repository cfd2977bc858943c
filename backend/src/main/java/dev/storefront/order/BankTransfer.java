package dev.storefront.order;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The built-in way to pay, which needs no outside service: the shopper transfers the total,
 * quoting the order number, and an admin marks the order paid when the money arrives. The
 * instructions are {@code storefront.order.bank-transfer-instructions}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BankTransfer implements PaymentMethod {

    static final String CODE = "bank-transfer";

    private final String instructions;

    BankTransfer(OrderProperties properties) {
        this.instructions = properties.bankTransferInstructions();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String name() {
        return "Bank transfer";
    }

    @Override
    public String instructions(@Nullable String orderNumber) {
        return this.instructions.replace("{number}", (orderNumber != null) ? orderNumber : "your order number");
    }
}
