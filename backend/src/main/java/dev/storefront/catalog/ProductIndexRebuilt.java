package dev.storefront.catalog;

/**
 * Published when the search index has been rebuilt from the database (at startup, or by
 * {@link ProductIndexing#rebuild}): whatever was answered from the old index may be wrong.
 */
public record ProductIndexRebuilt() {}
