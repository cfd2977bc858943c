package dev.storefront.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one request from costing the shop much, under {@code storefront.graphql.*}.
 *
 * @param maxDepth how deeply fields may nest (introspection needs about 15)
 * @param maxCost the most a query may cost: each field costs 1, and a connection's fields count
 *     once per item of the page it asks for, so {@code products(first: 100) { nodes { title } }}
 *     costs about 200; searches cost more (see {@code GraphQlLimits})
 * @param maxTokens the most grammar tokens the parser reads before giving up
 * @param maxCharacters the longest query document, in characters
 * @param maxRequestSize the largest request body
 * @param maxSearches the most searches one request may run: {@code search}, {@code suggest} and
 *     {@code products} with a text query each count one
 * @param requestTimeout how long a request may run: no field starts after it, and index queries
 *     and transactions get only what is left of it
 */
@ConfigurationProperties("storefront.graphql")
public record GraphQlLimitsProperties(
        @DefaultValue("20") int maxDepth,
        @DefaultValue("5000") int maxCost,
        @DefaultValue("5000") int maxTokens,
        @DefaultValue("50000") int maxCharacters,
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue("5") int maxSearches,
        @DefaultValue("10s") Duration requestTimeout) {}
