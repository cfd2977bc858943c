package dev.storefront.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.execution.ValuesResolver;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;
import org.jspecify.annotations.Nullable;

/**
 * An explicit {@code null} for a nullable argument or input field that has a default means the
 * default, exactly as if it had been left out. The GraphQL spec hands the null to the resolver,
 * but clients send null for every variable they didn't set, and a resolver written for the
 * default should not have to know. This applies to every such argument and input field of the
 * schema, so a new one needs no code. Non-null arguments with a default ({@code quantity:
 * PositiveInt! = 1}) keep the spec's rule: a null there is refused before anything runs.
 */
class NullMeansDefault extends SimplePerformantInstrumentation {

    /** Per field: whether any of its arguments can hold such a null, at any depth. Bounded by the schema. */
    private final Map<GraphQLFieldDefinition, Boolean> concerned = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        GraphQLFieldDefinition field = parameters.getField();
        if (field.getArguments().isEmpty() || !this.concerned.computeIfAbsent(field, NullMeansDefault::concerns)) {
            return dataFetcher;
        }
        return (env) -> dataFetcher.get(withDefaults(env, field));
    }

    private static DataFetchingEnvironment withDefaults(DataFetchingEnvironment env, GraphQLFieldDefinition field) {
        Map<String, Object> given = env.getArguments();
        Map<String, Object> filled = null;
        for (GraphQLArgument argument : field.getArguments()) {
            String name = argument.getName();
            if (!given.containsKey(name)) {
                continue;
            }
            Object value = given.get(name);
            Object replaced = (value == null)
                    ? defaultFor(
                            argument.getType(), argument.getArgumentDefaultValue(), argument.hasSetDefaultValue(), env)
                    : fill(value, argument.getType(), env);
            if (replaced != value) {
                filled = (filled != null) ? filled : new LinkedHashMap<>(given);
                filled.put(name, replaced);
            }
        }
        return (filled == null) ? env : new Arguments(env, Collections.unmodifiableMap(filled));
    }

    /** The value with every explicit null of a defaulted input field inside it replaced; the same object when none is. */
    @SuppressWarnings("unchecked")
    private static Object fill(Object value, GraphQLInputType type, DataFetchingEnvironment env) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
            GraphQLInputType itemType = (GraphQLInputType) list.getWrappedType();
            List<Object> filled = null;
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                Object replaced = (item != null) ? fill(item, itemType, env) : null;
                if (replaced != item) {
                    filled = (filled != null) ? filled : new ArrayList<>(items);
                    filled.set(i, replaced);
                }
            }
            return (filled != null) ? Collections.unmodifiableList(filled) : value;
        }
        if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            Map<String, Object> given = (Map<String, Object>) fields;
            Map<String, Object> filled = null;
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (!given.containsKey(field.getName())) {
                    continue;
                }
                Object fieldValue = given.get(field.getName());
                Object replaced = (fieldValue == null)
                        ? defaultFor(
                                field.getType(), field.getInputFieldDefaultValue(), field.hasSetDefaultValue(), env)
                        : fill(fieldValue, field.getType(), env);
                if (replaced != fieldValue) {
                    filled = (filled != null) ? filled : new LinkedHashMap<>(given);
                    filled.put(field.getName(), replaced);
                }
            }
            return (filled != null) ? Collections.unmodifiableMap(filled) : value;
        }
        return value;
    }

    /** The default's value as the resolver would have seen it had the caller left the null out. */
    private static @Nullable Object defaultFor(
            GraphQLInputType type, InputValueWithState defaultValue, boolean hasDefault, DataFetchingEnvironment env) {
        if (!hasDefault || GraphQLTypeUtil.isNonNull(type)) {
            return null;
        }
        GraphQLContext context = env.getGraphQlContext();
        Locale locale = (env.getLocale() != null) ? env.getLocale() : Locale.ROOT;
        // graphql-java's own coercion, as for an omitted argument (the class is marked internal).
        return ValuesResolver.valueToInternalValue(defaultValue, type, context, locale);
    }

    private static boolean concerns(GraphQLFieldDefinition field) {
        Set<String> seen = new HashSet<>();
        return field.getArguments().stream()
                .anyMatch((argument) -> defaulted(argument.getType(), argument.hasSetDefaultValue())
                        || mayHold(argument.getType(), seen));
    }

    private static boolean defaulted(GraphQLInputType type, boolean hasDefault) {
        return hasDefault && !GraphQLTypeUtil.isNonNull(type);
    }

    /** Whether a value of this type can contain a nullable input field with a default. */
    private static boolean mayHold(GraphQLInputType type, Set<String> seen) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        if (!(named instanceof GraphQLInputObjectType object) || !seen.add(object.getName())) {
            return false;
        }
        return object.getFieldDefinitions().stream()
                .anyMatch((field) ->
                        defaulted(field.getType(), field.hasSetDefaultValue()) || mayHold(field.getType(), seen));
    }

    /** The same environment with the arguments filled in. */
    private static final class Arguments extends DelegatingDataFetchingEnvironment {

        private final Map<String, Object> arguments;

        Arguments(DataFetchingEnvironment delegate, Map<String, Object> arguments) {
            super(delegate);
            this.arguments = arguments;
        }

        @Override
        public Map<String, Object> getArguments() {
            return this.arguments;
        }

        @Override
        public boolean containsArgument(String name) {
            return this.arguments.containsKey(name);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getArgument(String name) {
            return (T) this.arguments.get(name);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getArgumentOrDefault(String name, T defaultValue) {
            return this.arguments.containsKey(name) ? (T) this.arguments.get(name) : defaultValue;
        }
    }
}
