package dev.storefront.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's own metrics settings, under {@code storefront.metrics.*}.
 *
 * @param maxOperationNames how many distinct GraphQL operation names tag the {@code graphql.request}
 *     timings; names past the first this many are counted as {@code other}, since anyone may send
 *     a new name with every request
 */
@ConfigurationProperties("storefront.metrics")
public record MetricsProperties(@DefaultValue("100") int maxOperationNames) {}
