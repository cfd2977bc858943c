package dev.storefront.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.storefront.shared.InputLimits;
import dev.storefront.shared.UserError;
import dev.storefront.shared.UserErrorCode;

/** What makes a product's fields acceptable; each check adds a user error naming its field. */
final class ProductRules {

    static final int MAX_TITLE = 200;

    static final int MAX_SLUG = InputLimits.MAX_SLUG;

    static final int MAX_DESCRIPTION = 4000;

    static final int MAX_TAGS = 20;

    static final int MAX_TAG = 50;

    static final int MAX_STOCK = 1_000_000_000;

    /** DECIMAL(12, 2): ten digits before the point. */
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private ProductRules() {}

    static void title(String title, List<UserError> errors) {
        String stripped = title.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TITLE) {
            errors.add(invalid("title", "Enter a title of 1 to " + MAX_TITLE + " characters"));
        }
    }

    static void slug(String slug, List<UserError> errors) {
        if (slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            errors.add(invalid(
                    "slug",
                    "A slug is 1 to " + MAX_SLUG
                            + " lower-case letters, digits and single hyphens, e.g. walnut-desk-organizer"));
        }
    }

    /** A category slug is looked up only when it could be one; false (and an error) when not. */
    static boolean categorySlug(String slug, List<UserError> errors) {
        if (slug.length() > MAX_SLUG) {
            errors.add(invalid("categorySlug", "A category slug is at most " + MAX_SLUG + " characters"));
            return false;
        }
        return true;
    }

    static void description(String description, List<UserError> errors) {
        if (description.length() > MAX_DESCRIPTION) {
            errors.add(invalid("description", "A description may be at most " + MAX_DESCRIPTION + " characters"));
        }
    }

    static void price(BigDecimal price, List<UserError> errors) {
        if (price.signum() < 0) {
            errors.add(invalid("price", "A price can't be negative"));
        } else if (price.stripTrailingZeros().scale() > 2) {
            errors.add(invalid("price", "A price has at most 2 decimals, e.g. 24.99"));
        } else if (price.compareTo(MAX_PRICE) > 0) {
            errors.add(invalid("price", "A price may be at most " + MAX_PRICE.toPlainString()));
        }
    }

    static void stock(int stock, List<UserError> errors) {
        if (stock < 0 || stock > MAX_STOCK) {
            errors.add(invalid("stock", "Stock is a whole number from 0 to " + MAX_STOCK));
        }
    }

    static void tags(List<String> tags, List<UserError> errors) {
        if (tags.size() > MAX_TAGS) {
            errors.add(invalid("tags", "A product has at most " + MAX_TAGS + " tags"));
        }
        if (tags.stream().map(String::strip).anyMatch((tag) -> tag.isEmpty() || tag.length() > MAX_TAG)) {
            errors.add(invalid("tags", "Each tag is 1 to " + MAX_TAG + " characters"));
        }
    }

    /** The {@code Url} scalar has made sure it is an absolute URL with a host that fits the column. */
    static void imageUrl(URI url, List<UserError> errors) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!("http".equals(scheme) || "https".equals(scheme))) {
            errors.add(invalid("imageUrl", "An image URL is an http or https address"));
        }
    }

    /** Tags as stored: trimmed, lower case, each once, in the order given. */
    static Set<String> normaliseTags(List<String> tags) {
        Set<String> normalised = new LinkedHashSet<>();
        tags.forEach((tag) -> normalised.add(tag.strip().toLowerCase(Locale.ROOT)));
        return normalised;
    }

    /** A slug made from a title: "Café Cups (Set of 4)" becomes "cafe-cups-set-of-4". */
    static String slugOf(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG - 4) {
            slug = slug.substring(0, MAX_SLUG - 4).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "product" : slug;
    }

    static UserError invalid(String field, String message) {
        return UserError.of(UserErrorCode.INVALID, message, "input", field);
    }
}
