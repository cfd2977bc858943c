package dev.storefront.shared;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Turns the shop's own paths (e.g. {@code /images/products/mug.svg}) into the absolute URLs the
 * {@code Url} scalar needs, against {@code storefront.public-url} or else the address the
 * current request came to.
 */
public record PublicUrls(URI base) {

	/** The GraphQL context key that holds the current request's {@code PublicUrls}. */
	public static final String CONTEXT_KEY = "storefront.publicUrls";

	/** An absolute URL is kept as it is; a path is resolved against the shop's address. */
	public @Nullable String resolve(@Nullable String urlOrPath) {
		if (urlOrPath == null || urlOrPath.isBlank()) {
			return null;
		}
		URI uri = URI.create(urlOrPath);
		return uri.isAbsolute() ? urlOrPath : this.base.resolve(uri).toString();
	}

}
