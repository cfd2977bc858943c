package dev.storefront.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Where an order goes, as the shopper gave it (validated and trimmed before it gets here). */
@Embeddable
public record ShippingAddress(
        @Column(name = "ship_name", nullable = false, length = 100)
        String name,

        @Column(name = "ship_line1", nullable = false, length = 200)
        String line1,

        @Column(name = "ship_line2", length = 200) @Nullable String line2,

        @Column(name = "ship_city", nullable = false, length = 100)
        String city,

        @Column(name = "ship_postal_code", nullable = false, length = 20)
        String postalCode,

        @Column(name = "ship_region", length = 100) @Nullable
        String region,

        @Column(name = "ship_country", nullable = false, length = 2)
        String countryCode) {}
