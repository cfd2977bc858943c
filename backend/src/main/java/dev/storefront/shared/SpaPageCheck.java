package dev.storefront.shared;

/**
 * Tells the SPA's forwarding whether an address of the shop's own (e.g.
 * {@code /products/walnut-desk}) names something that exists, so that a page of an unknown
 * product answers 404 rather than 200. A feature knows its own addresses; any other path is
 * none of its business.
 */
public interface SpaPageCheck {

    /**
     * Whether the path (decoded, without the context path) is one of this feature's pages and
     * names nothing that exists. Cheap and bounded: it runs on every such navigation.
     */
    boolean isMissing(String path);
}
