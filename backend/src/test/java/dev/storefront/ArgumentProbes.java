package dev.storefront;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * What {@link EveryArgumentTests} sends: every argument and input field of the schema, found by
 * walking it, the values of each kind a careless client or an attacker sends, and valid values
 * made from a type, for the arguments that don't vary.
 */
final class ArgumentProbes {

    static final String SPECIALS = "Ünïcødé 𝔘 🛒🎉 ' \" \\ * ? ~ ( ) : AND OR -- ; %_ <b>";

    static final String LONG = "word ".repeat(2000);

    static final String EMAIL = "every-argument-" + UUID.randomUUID() + "@example.com";

    static final String PASSWORD = "correct horse battery staple";

    private ArgumentProbes() {}

    /** An argument, or an input field inside one, of a field reached from a root by {@code path}. */
    record Target(
            List<GraphQLFieldDefinition> path,
            GraphQLObjectType root,
            GraphQLArgument argument,
            List<GraphQLInputObjectField> inputPath) {

        GraphQLFieldDefinition field() {
            return this.path.get(this.path.size() - 1);
        }

        GraphQLInputType type() {
            return this.inputPath.isEmpty()
                    ? this.argument.getType()
                    : this.inputPath.get(this.inputPath.size() - 1).getType();
        }

        String name() {
            return this.inputPath.isEmpty()
                    ? this.argument.getName()
                    : this.inputPath.get(this.inputPath.size() - 1).getName();
        }

        @Override
        public String toString() {
            String within = this.inputPath.stream()
                    .map((field) -> "." + field.getName())
                    .collect(Collectors.joining());
            return this.root.getName() + "."
                    + this.path.stream().map(GraphQLFieldDefinition::getName).collect(Collectors.joining(".")) + "("
                    + this.argument.getName() + within + ")";
        }
    }

    /** A value of some kind, and the text of it that must not come back in an error (null: not checked). */
    record Probe(
            String kind, @Nullable Object value, @Nullable String echo) {}

    /**
     * Every argument of every field that has some, and every input field inside them, each field
     * reached by the shortest path from Query, else from Mutation.
     */
    static List<Target> targets(GraphQLSchema schema) {
        List<Target> targets = new ArrayList<>();
        Set<String> reached = new HashSet<>();
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
            Deque<List<GraphQLFieldDefinition>> paths = new ArrayDeque<>();
            Map<List<GraphQLFieldDefinition>, GraphQLFieldsContainer> containers = new HashMap<>();
            Set<String> visitedTypes = new HashSet<>();
            paths.add(List.of());
            containers.put(List.of(), root);
            while (!paths.isEmpty()) {
                List<GraphQLFieldDefinition> path = paths.removeFirst();
                GraphQLFieldsContainer container = containers.get(path);
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    List<GraphQLFieldDefinition> fieldPath = append(path, field);
                    if (!field.getArguments().isEmpty() && reached.add(container.getName() + "." + field.getName())) {
                        field.getArguments()
                                .forEach((argument) -> addTargets(targets, fieldPath, root, argument, List.of()));
                    }
                    if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer next
                            && visitedTypes.add(next.getName())) {
                        paths.add(fieldPath);
                        containers.put(fieldPath, next);
                    }
                }
            }
        }
        return targets;
    }

    private static void addTargets(
            List<Target> targets,
            List<GraphQLFieldDefinition> path,
            GraphQLObjectType root,
            GraphQLArgument argument,
            List<GraphQLInputObjectField> inputPath) {
        Target target = new Target(path, root, argument, inputPath);
        targets.add(target);
        if (GraphQLTypeUtil.unwrapNonNull(target.type()) instanceof GraphQLInputObjectType object
                && inputPath.size() < 3) {
            object.getFieldDefinitions()
                    .forEach((field) -> addTargets(targets, path, root, argument, append(inputPath, field)));
        }
    }

    static List<Probe> probes(Target target) {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("explicit null", null, null));
        probes.addAll(valuesOf(target.name(), GraphQLTypeUtil.unwrapNonNull(target.type())));
        return probes;
    }

    private static List<Probe> valuesOf(String name, GraphQLType type) {
        if (type instanceof GraphQLList list) {
            GraphQLType element = GraphQLTypeUtil.unwrapNonNull(list.getWrappedType());
            List<Probe> probes = new ArrayList<>();
            probes.add(new Probe("an empty list", List.of(), null));
            probes.add(new Probe("a list holding null", Collections.singletonList(null), null));
            probes.add(new Probe(
                    "a list of 1,000", Collections.nCopies(1000, valid(name, (GraphQLInputType) element, "1")), null));
            for (Probe each : valuesOf(name, element)) {
                probes.add(new Probe("a list of " + each.kind(), List.of(each.value()), each.echo()));
            }
            return probes;
        }
        if (type instanceof GraphQLInputObjectType) {
            return List.of(
                    new Probe("a string for an object", SPECIALS, "AND OR"),
                    new Probe("an empty object", Map.of(), null),
                    new Probe("an unknown field", Map.of("everyArgumentUnknownField", 1), "everyArgumentUnknownField"));
        }
        if (type instanceof GraphQLEnumType) {
            return List.of(
                    new Probe("an unknown enum value", "NOT_A_VALUE_XYZ", "NOT_A_VALUE_XYZ"),
                    new Probe("an empty string", "", null));
        }
        List<Probe> strings = List.of(
                new Probe("an empty string", "", null),
                new Probe("10,000 characters", LONG, "word word word word"),
                new Probe("unicode, emoji and query syntax", SPECIALS, "AND OR"));
        return switch (((GraphQLNamedType) type).getName()) {
            case "String" -> isCursor(name) ? concat(strings, cursors()) : strings;
            case "ID" ->
                concat(
                        strings,
                        List.of(
                                new Probe("a negative id", "-1", null),
                                new Probe("an id beyond a long", "9223372036854775808", "9223372036854775808"),
                                new Probe("an id in exponent form", "1e3", null)));
            case "Int", "PositiveInt", "NonNegativeInt" ->
                List.of(
                        new Probe("the least Int", -2147483648, null),
                        new Probe("the greatest Int", 2147483647, null),
                        new Probe("a number beyond Int", 99999999999L, "99999999999"),
                        new Probe("a number as a string", "12", null),
                        new Probe("a fraction", 1.5, null));
            case "Float" ->
                List.of(new Probe("a huge float", 1e308, null), new Probe("a negative float", -1e308, null));
            case "Boolean" -> List.of(new Probe("a boolean as a string", "true", null));
            case "Decimal" ->
                List.of(
                        new Probe("a negative amount", "-1", null),
                        new Probe("an amount with a huge exponent", "1E+10000000", "1E+10000000"),
                        new Probe(
                                "an amount beyond the column", "99999999999999999999.999", "99999999999999999999.999"),
                        new Probe("an amount that is no number", "twelve-ish", "twelve-ish"),
                        new Probe("a huge float amount", 1e308, null));
            case "DateTime" ->
                List.of(
                        new Probe("a date that is no date", "yesterday-ish", "yesterday-ish"),
                        new Probe("a date beyond any calendar", "+999999999-12-31T23:59:59Z", "+999999999"),
                        new Probe("a date at the epoch", "1970-01-01T00:00:00Z", null));
            case "Url" ->
                List.of(
                        new Probe("a URL with a space", "http://a/b c", "http://a/b c"),
                        new Probe("a URL with a bad escape", "https://example.com/a%zz", "a%zz"),
                        new Probe("a script URL", "javascript:alert(1)", "javascript:alert"),
                        new Probe(
                                "a URL of 10,000 characters",
                                "https://example.com/" + "a".repeat(10000),
                                "aaaaaaaaaaaaaaaaaaaa"));
            default -> strings;
        };
    }

    private static boolean isCursor(String name) {
        return name.equals("after")
                || name.equals("before")
                || name.toLowerCase(Locale.ROOT).contains("cursor");
    }

    /** The shop's cursor formats, for the default sorts (NEWEST for lists, RELEVANCE for searches). */
    private static List<Probe> cursors() {
        return List.of(
                new Probe(
                        "a cursor beyond any calendar", base64("v1|NEWEST|1|+999999999-12-31T23:59:59Z"), "+999999999"),
                new Probe("a cursor with a negative id", base64("v1|NEWEST|-5|2026-01-01T00:00:00Z"), null),
                new Probe("a cursor of the farthest result", base64("s1|RELEVANCE|2147483647"), "2147483647"));
    }

    /** A valid value of the type, from the argument's name where the type alone says too little. */
    static @Nullable Object valid(String name, GraphQLInputType type, String id) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list) {
            return List.of(valid(name, (GraphQLInputType) list.getWrappedType(), id));
        }
        if (unwrapped instanceof GraphQLInputObjectType object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (GraphQLTypeUtil.isNonNull(field.getType()) && !field.hasSetDefaultValue()) {
                    fields.put(field.getName(), valid(field.getName(), field.getType(), id));
                }
            }
            return fields;
        }
        if (unwrapped instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        return switch (((GraphQLScalarType) unwrapped).getName()) {
            case "ID" -> id;
            case "Int", "PositiveInt", "NonNegativeInt" -> 1;
            case "Float" -> 1.5;
            case "Boolean" -> false;
            case "Decimal" -> "10.00";
            case "DateTime" -> Instant.now().toString();
            case "Url" -> "https://example.com/every-argument.png";
            default ->
                switch (name) {
                    case "email" -> EMAIL;
                    case "password" -> PASSWORD;
                    case "query", "prefix", "slug" -> "bamboo";
                    default -> "Every Argument Probe";
                };
        };
    }

    /** Whether a value for this argument must be sent: it is non-null and has no default. */
    static boolean required(GraphQLArgument argument) {
        return GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue();
    }

    private static String base64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
