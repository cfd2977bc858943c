package dev.storefront.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.CoercedVariables;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.VariableReference;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;

/**
 * Each operation's {@link OperationSize}, worked out once per parsed document when its variables
 * can't change it: the walk was 4–5% of an add to the cart's CPU, and the SPA sends the same few
 * documents all the time (kept parsed by {@link ParsedDocumentCache}, so the same instance comes
 * back). A size depends on variables only through the arguments the walk reads (a page's
 * {@code first} and {@code last}, a product list's {@code filter}) and through {@code @skip} and
 * {@code @include}; a document with a variable in any of those is walked on every request, with
 * that request's values. Keys are held weakly and are at most {@link #MAX_DOCUMENTS}; each holds
 * one small record per operation of its document.
 */
final class OperationSizes {

    /** More than the documents the parsed-document cache keeps at its default size. */
    static final int MAX_DOCUMENTS = 2_048;

    /** The arguments {@link OperationSize} reads; a variable in one of them may change the size. */
    static final Set<String> SIZING_ARGUMENTS = Set.of("first", "last", "filter");

    private final Cache<Document, Sizes> documents =
            Caffeine.newBuilder().weakKeys().maximumSize(MAX_DOCUMENTS).build();

    OperationSize of(
            GraphQLSchema schema, Document document, @Nullable String operationName, CoercedVariables variables) {
        Sizes sizes = this.documents.get(document, (parsed) -> new Sizes(variablesCanChangeTheSize(parsed)));
        if (sizes.variablesMatter()) {
            return OperationSize.of(schema, document, operationName, variables);
        }
        return sizes.byOperation()
                .computeIfAbsent(
                        (operationName != null) ? operationName : "",
                        (name) -> OperationSize.of(schema, document, operationName, variables));
    }

    /**
     * Whether a variable appears in a directive's arguments (any directive, so {@code @skip} and
     * {@code @include} whatever they are on) or in an argument the walk reads, at any depth.
     */
    static boolean variablesCanChangeTheSize(Document document) {
        Deque<Node<?>> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            boolean sizing = (node instanceof Directive)
                    || (node instanceof Argument argument && SIZING_ARGUMENTS.contains(argument.getName()));
            if (sizing && holdsAVariable(node)) {
                return true;
            }
            node.getChildren().forEach(pending::push);
        }
        return false;
    }

    private static boolean holdsAVariable(Node<?> node) {
        Deque<Node<?>> pending = new ArrayDeque<>();
        pending.push(node);
        while (!pending.isEmpty()) {
            Node<?> next = pending.pop();
            if (next instanceof VariableReference) {
                return true;
            }
            next.getChildren().forEach(pending::push);
        }
        return false;
    }

    private record Sizes(boolean variablesMatter, Map<String, OperationSize> byOperation) {

        Sizes(boolean variablesMatter) {
            this(variablesMatter, new ConcurrentHashMap<>());
        }
    }
}
