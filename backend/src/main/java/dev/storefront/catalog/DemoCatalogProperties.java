package dev.storefront.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The demo catalog, under {@code storefront.demo-catalog.*}.
 *
 * @param enabled load the demo catalog into an empty database at startup
 * @param location the JSON file to load
 */
@ConfigurationProperties("storefront.demo-catalog")
record DemoCatalogProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("classpath:demo/catalog.json") Resource location) {}
