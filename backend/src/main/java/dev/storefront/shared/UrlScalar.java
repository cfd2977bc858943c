package dev.storefront.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Url} scalar: an absolute URL with a host that {@link URI} parses strictly, so that
 * what the shop accepts it can always read back and resolve. Read as a {@link URI}.
 * (graphql-java's extended {@code Url} takes {@code http://a/b c}, which no page can show later.)
 */
final class UrlScalar {

    /** The image URL column's width. */
    static final int MAX_LENGTH = 2048;

    static final String RULE = "an absolute URL with a host, e.g. https://shop.example.com/images/mug.svg, at most "
            + MAX_LENGTH + " characters, with spaces and other reserved characters percent-encoded";

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("Url")
            .description("An absolute URL with a host.")
            .coercing(new UrlCoercing())
            .build();

    private UrlScalar() {}

    /** The URL, or null when it is none this scalar accepts. */
    static @Nullable URI parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        try {
            URI uri = new URI(text);
            return acceptable(uri) ? uri : null;
        } catch (URISyntaxException ex) {
            return null;
        }
    }

    static boolean acceptable(URI uri) {
        return uri.isAbsolute()
                && uri.getHost() != null
                && !uri.getHost().isEmpty()
                && uri.toString().length() <= MAX_LENGTH;
    }

    private static final class UrlCoercing implements Coercing<URI, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof String || value instanceof URI || value instanceof URL) {
                return value.toString();
            }
            throw new CoercingSerializeException("A Url is written from a string, a URI or a URL");
        }

        @Override
        public URI parseValue(Object input, GraphQLContext context, Locale locale) {
            URI uri = (input instanceof String text) ? parse(text) : null;
            if (uri == null) {
                throw new CoercingParseValueException(RULE);
            }
            return uri;
        }

        @Override
        public URI parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            URI uri = (input instanceof StringValue string) ? parse(string.getValue()) : null;
            if (uri == null) {
                throw new CoercingParseLiteralException(RULE);
            }
            return uri;
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.newStringValue(serialize(input, context, locale)).build();
        }
    }
}
