package dev.storefront.search;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings under {@code storefront.search.*}.
 *
 * @param boost how much a match in each field weighs
 * @param priceBuckets the upper bounds of the price facet's buckets; a last bucket takes the rest
 * @param didYouMeanBelow a corrected query is looked for when a search finds fewer results
 * @param maxQueryLength longer queries are cut to this many characters
 * @param maxResults how deep search results may be paged
 */
@ConfigurationProperties("storefront.search")
record SearchProperties(
        @DefaultValue Boost boost,
        @DefaultValue({"25", "50", "100", "250", "500"}) List<BigDecimal> priceBuckets,
        @DefaultValue("3") int didYouMeanBelow,
        @DefaultValue("200") int maxQueryLength,
        @DefaultValue("10000") int maxResults) {

    /**
     * Field weights: title above category above tags above description; a phrase match in the
     * title adds {@code phrase}; an exact word counts {@code exact} times a typo-forgiven one.
     */
    record Boost(
            @DefaultValue("4") float title,
            @DefaultValue("3") float category,
            @DefaultValue("2") float tags,
            @DefaultValue("1") float description,
            @DefaultValue("3") float phrase,
            @DefaultValue("2") float exact) {}
}
