package dev.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.storefront.ArgumentProbes.Target;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/** GraphQL text for {@link EveryArgumentTests}: the operation that reaches a target, and values as literals. */
final class ProbeDocuments {

    /** How deep below the target field objects are selected: deep enough to run the resolvers of a page's products. */
    private static final int SELECTION_DEPTH = 3;

    private ProbeDocuments() {}

    /** The fields from the root down to the target, with {@code arguments} on the target and a selection of what it returns. */
    static String selection(Target target, String arguments, String id) {
        StringBuilder document = new StringBuilder();
        List<GraphQLFieldDefinition> path = target.path();
        for (GraphQLFieldDefinition field : path.subList(0, path.size() - 1)) {
            document.append("{ ")
                    .append(field.getName())
                    .append(requiredArguments(field, id))
                    .append(" ");
        }
        GraphQLFieldDefinition field = target.field();
        document.append("{ ")
                .append(field.getName())
                .append(arguments.isEmpty() ? "" : "(" + arguments + ")")
                .append(fields(field.getType(), SELECTION_DEPTH))
                .append(" }");
        document.append(" }".repeat(path.size() - 1));
        return document.toString();
    }

    private static String requiredArguments(GraphQLFieldDefinition field, String id) {
        String required = field.getArguments().stream()
                .filter(ArgumentProbes::required)
                .map((argument) -> argument.getName() + ": "
                        + literal(ArgumentProbes.valid(argument.getName(), argument.getType(), id), argument.getType()))
                .collect(Collectors.joining(", "));
        return required.isEmpty() ? "" : "(" + required + ")";
    }

    /** Leaves and, {@code depth} levels down, objects: whatever needs no argument. */
    private static String fields(GraphQLOutputType type, int depth) {
        if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLFieldsContainer container)) {
            return "";
        }
        List<String> selected = new ArrayList<>(List.of("__typename"));
        for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
            boolean needsArguments = field.getArguments().stream().anyMatch(ArgumentProbes::required);
            boolean leaf = !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer);
            if (!needsArguments && (leaf || depth > 0)) {
                selected.add(field.getName() + (leaf ? "" : fields(field.getType(), depth - 1)));
            }
        }
        return " { " + String.join(" ", selected) + " }";
    }

    /** The type a variable for the argument is declared with: as a client would, optional when the argument has a default. */
    static String variableType(GraphQLArgument argument) {
        GraphQLType declared =
                argument.hasSetDefaultValue() ? GraphQLTypeUtil.unwrapNonNull(argument.getType()) : argument.getType();
        return GraphQLTypeUtil.simplePrint(declared);
    }

    @SuppressWarnings("unchecked")
    static String literal(@Nullable Object value, @Nullable GraphQLInputType type) {
        GraphQLType unwrapped = (type != null) ? GraphQLTypeUtil.unwrapNonNull(type) : null;
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            boolean enumValue = unwrapped instanceof GraphQLEnumType && text.matches("[_A-Za-z][_0-9A-Za-z]*");
            return enumValue ? text : quoted(text);
        }
        if (value instanceof List<?> list) {
            GraphQLInputType element =
                    (unwrapped instanceof GraphQLList wrapper) ? (GraphQLInputType) wrapper.getWrappedType() : null;
            return list.stream().map((item) -> literal(item, element)).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            GraphQLInputObjectType object = (unwrapped instanceof GraphQLInputObjectType o) ? o : null;
            return ((Map<String, Object>) map)
                    .entrySet().stream()
                            .map((entry) -> entry.getKey() + ": "
                                    + literal(
                                            entry.getValue(),
                                            (object != null && object.getField(entry.getKey()) != null)
                                                    ? object.getField(entry.getKey())
                                                            .getType()
                                                    : null))
                            .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach((c) -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
