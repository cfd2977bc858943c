package dev.storefront.order;

import java.math.BigDecimal;

/** What an order costs, in one currency: total = subtotal + shipping + tax. */
record OrderAmounts(BigDecimal subtotal, BigDecimal shipping, BigDecimal tax, BigDecimal total, String currency) {}
