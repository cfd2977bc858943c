package dev.storefront.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in a currency. Amounts are kept at the currency's two decimals;
 * rounding, where it is needed at all, is HALF_EVEN.
 */
public record Money(BigDecimal amount, String currencyCode) {

    public static final int SCALE = 2;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        amount = amount.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
