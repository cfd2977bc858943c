package dev.storefront.shared;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * Turns the shop's own paths (e.g. {@code /images/products/mug.svg}) into the absolute URLs the
 * {@code Url} scalar needs, against {@code storefront.public-url} or else the address the
 * current request came to.
 */
public record PublicUrls(URI base) {

    /** The GraphQL context key that holds the current request's {@code PublicUrls}. */
    public static final String CONTEXT_KEY = "storefront.publicUrls";

    /**
     * An absolute URL is kept as it is; a path is resolved against the shop's address. Null when
     * there is none, and when the stored value is no URL the {@code Url} scalar could carry (a row
     * written by hand, or before the scalar was strict): one bad value must not break a page.
     */
    public @Nullable String resolve(@Nullable String urlOrPath) {
        if (urlOrPath == null || urlOrPath.isBlank()) {
            return null;
        }
        URI stored;
        try {
            stored = new URI(urlOrPath);
        } catch (URISyntaxException ex) {
            return null;
        }
        URI absolute = stored.isAbsolute() ? stored : this.base.resolve(stored);
        return UrlScalar.acceptable(absolute) ? absolute.toString() : null;
    }
}
