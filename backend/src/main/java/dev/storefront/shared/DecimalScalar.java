package dev.storefront.shared;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code Decimal} scalar: a {@link BigDecimal} written as a JSON string, so that no client
 * rounds money through a binary float; read from a string or a number.
 */
final class DecimalScalar {

    /** Longer inputs are no money and would only cost parsing time. */
    private static final int MAX_INPUT_LENGTH = 40;

    /** Digits allowed on either side of the point: far beyond any price, far below what breaks a driver. */
    private static final int MAX_DIGITS = 18;

    static final String RULE = "a decimal number such as \"19.99\", as a string or a number, with at most " + MAX_DIGITS
            + " digits before and after the point";

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("Decimal")
            .description("An exact decimal number written as a JSON string, e.g. \"19.99\".")
            .coercing(new DecimalCoercing())
            .build();

    private DecimalScalar() {}

    private static final class DecimalCoercing implements Coercing<BigDecimal, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof BigDecimal decimal) {
                return decimal.toPlainString();
            }
            throw new CoercingSerializeException("The value could not be written as a Decimal");
        }

        @Override
        public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return parse(text, CoercingParseValueException::new);
            }
            if (input instanceof Number number) {
                return parse(number.toString(), CoercingParseValueException::new);
            }
            throw new CoercingParseValueException(RULE);
        }

        @Override
        public BigDecimal parseLiteral(
                Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                return parse(string.getValue(), CoercingParseLiteralException::new);
            }
            if (input instanceof IntValue integer) {
                return bounded(new BigDecimal(integer.getValue()), CoercingParseLiteralException::new);
            }
            if (input instanceof FloatValue decimal) {
                return bounded(decimal.getValue(), CoercingParseLiteralException::new);
            }
            throw new CoercingParseLiteralException(RULE);
        }

        private static <E extends RuntimeException> BigDecimal parse(String text, Function<String, E> error) {
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.length() > MAX_INPUT_LENGTH) {
                throw error.apply(RULE);
            }
            try {
                return bounded(new BigDecimal(trimmed), error);
            } catch (NumberFormatException ex) {
                throw error.apply(RULE);
            }
        }

        // "1e99999999" parses, but its plain form is a hundred million digits long.
        private static <E extends RuntimeException> BigDecimal bounded(BigDecimal value, Function<String, E> error) {
            int integerDigits = value.precision() - value.scale();
            if (integerDigits > MAX_DIGITS || value.scale() > MAX_DIGITS) {
                throw error.apply(RULE);
            }
            return (value.scale() < 0) ? value.setScale(0) : value;
        }
    }
}
