package dev.storefront.shared;

import java.net.URI;
import java.util.Currency;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Shop-wide settings under {@code storefront.*}.
 *
 * @param currency the ISO 4217 code every price is in; Storefront sells in one currency
 * @param publicUrl the shop's public address (e.g. {@code https://shop.example.com}) used for
 *     absolute links such as image URLs; when unset, the address of the current request
 */
@ConfigurationProperties("storefront")
public record ShopProperties(
        @DefaultValue("USD") String currency, @Nullable URI publicUrl) {

    public ShopProperties {
        // Fail at startup, not at the first price shown, on a code that is no currency.
        Currency.getInstance(currency);
    }
}
