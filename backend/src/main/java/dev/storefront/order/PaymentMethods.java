package dev.storefront.order;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The payment methods on offer: every {@link PaymentMethod} bean, in their order; the first is the default. */
@Component
class PaymentMethods {

    private final List<PaymentMethod> methods;

    PaymentMethods(ObjectProvider<PaymentMethod> methods) {
        this.methods = methods.orderedStream().toList();
        if (this.methods.isEmpty()) {
            throw new IllegalStateException("No PaymentMethod bean: shoppers would have no way to pay");
        }
    }

    List<PaymentMethod> all() {
        return this.methods;
    }

    /** The method with this code; the default when the code is null; empty when no method has it. */
    Optional<PaymentMethod> find(@Nullable String code) {
        if (code == null) {
            return Optional.of(this.methods.get(0));
        }
        return this.methods.stream()
                .filter((method) -> method.code().equals(code))
                .findFirst();
    }
}
