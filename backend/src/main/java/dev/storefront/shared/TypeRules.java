package dev.storefront.shared;

import java.util.Locale;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The rule a value of each input type must follow, as words for the caller. The shop's own
 * scalars carry theirs ({@link #withRule}), and every refusal of theirs says that rule and nothing
 * else: the scalars' own messages quote the value sent (a password may be one) or name Java
 * classes. {@link CallerErrorMessages} words graphql-java's refusals with these rules.
 */
final class TypeRules {

    private TypeRules() {}

    static GraphQLScalarType withRule(GraphQLScalarType scalar, String rule) {
        return scalar.transform((builder) -> builder.coercing(new Ruled(scalar.getName(), rule, scalar.getCoercing())));
    }

    /** "not a valid 'T': the rule of T". */
    static String refusal(GraphQLNamedType type) {
        return refusal(type.getName(), ruleOf(type));
    }

    private static String refusal(String typeName, String rule) {
        return "not a valid '" + typeName + "': " + rule;
    }

    private static String ruleOf(GraphQLNamedType type) {
        if (type instanceof GraphQLScalarType scalar) {
            if (scalar.getCoercing() instanceof Ruled ruled) {
                return ruled.rule;
            }
            return switch (scalar.getName()) {
                case "Int" -> "a whole number from -2147483648 to 2147483647";
                case "Float" -> "a number";
                case "String" -> "a string";
                case "Boolean" -> "true or false";
                case "ID" -> "a string or a whole number";
                default -> "a " + scalar.getName();
            };
        }
        if (type instanceof GraphQLEnumType enumType) {
            return "one of "
                    + enumType.getValues().stream()
                            .map(GraphQLEnumValueDefinition::getName)
                            .collect(Collectors.joining(", "));
        }
        if (type instanceof GraphQLInputObjectType) {
            return "an input object with the fields of " + type.getName();
        }
        return "a " + type.getName();
    }

    private static final class Ruled implements Coercing<Object, Object> {

        private final String refusal;

        private final String rule;

        private final Coercing<?, ?> delegate;

        private Ruled(String name, String rule, Coercing<?, ?> delegate) {
            this.refusal = refusal(name, rule);
            this.rule = rule;
            this.delegate = delegate;
        }

        @Override
        public @Nullable Object serialize(Object value, GraphQLContext context, Locale locale) {
            return this.delegate.serialize(value, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return this.delegate.parseValue(input, context, locale);
            } catch (RuntimeException ex) {
                throw new CoercingParseValueException(this.refusal);
            }
        }

        @Override
        public @Nullable Object parseLiteral(
                Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            try {
                return this.delegate.parseLiteral(input, variables, context, locale);
            } catch (RuntimeException ex) {
                throw new CoercingParseLiteralException(this.refusal);
            }
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return this.delegate.valueToLiteral(input, context, locale);
        }
    }
}
