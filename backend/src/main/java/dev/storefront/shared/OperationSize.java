package dev.storefront.shared;

import java.util.HashMap;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * How deep an operation nests, what it costs and how many index queries it runs, from one walk
 * of its document with its variables (aliases, fragments, {@code @skip} and {@code @include}
 * applied), before it runs ({@link OperationLimits}). One walk where graphql-java's depth and cost
 * instrumentations take one each: the three walks were 8.5% of an add to the cart. Depth and
 * cost are counted as graphql-java counts them ({@code SpaOperationLimitsTests} compares them).
 *
 * @param depth the deepest field's nesting, a top-level field being 1
 * @param cost each field 1 plus its children; a connection's children once per item of its page
 * (its own {@code first}/{@code last}, else its parent's, as {@code search(first:)} pages its
 * {@code products}); an index query adds its weight; {@code __typename} costs nothing
 * @param searches the fields that run an index query: search, type-ahead, and a product list with
 * a text query
 */
record OperationSize(int depth, int cost, int searches) {

    /** What a connection's page is when the query doesn't say: the API's default page size. */
    private static final int DEFAULT_PAGE = 20;

    /**
     * What an index query costs, beyond the fields it answers with. Measured on the demo catalog
     * (warm, CPU per request): a search's own index query, a facet count and a type-ahead each
     * take one to two times what a 20-product catalog page takes (which costs about 340 here);
     * "did you mean" ten times that when the query found little (4 to 6 ms a word, building
     * edit-distance automata), nothing when it found enough. The weights stay well under those
     * shares so that the shop's search page with 100 results (2,000 without them) fits in half of
     * {@code max-cost}; {@code max-searches} and the request deadline bound the rest.
     */
    private static final int SEARCH_COST = 100;

    private static final Map<String, Integer> FIELD_COSTS = Map.of(
            "Query.search",
            SEARCH_COST,
            "Query.suggest",
            SEARCH_COST,
            "SearchResults.facets",
            100,
            "SearchResults.didYouMean",
            150);

    static OperationSize of(
            GraphQLSchema schema, Document document, @Nullable String operationName, CoercedVariables variables) {
        Walk walk = new Walk();
        QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build()
                .visitPostOrder(walk);
        return new OperationSize(walk.depth, walk.childCosts.getOrDefault(null, 0), walk.searches);
    }

    /** Children before their parent: each field's cost is summed into its parent's entry (null: the operation). */
    private static final class Walk extends QueryVisitorStub {

        private final Map<@Nullable QueryVisitorFieldEnvironment, Integer> childCosts = new HashMap<>();

        private int depth;

        private int searches;

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            int level = 1;
            for (QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
                    parent != null;
                    parent = parent.getParentEnvironment()) {
                level++;
            }
            this.depth = Math.max(this.depth, level);
            int cost = 0;
            if (!env.isTypeNameIntrospectionField()) {
                String coordinate = env.getFieldsContainer().getName() + "."
                        + env.getFieldDefinition().getName();
                boolean search = isSearch(coordinate, env.getArguments());
                this.searches += search ? 1 : 0;
                cost = cost(env, coordinate, search, this.childCosts.getOrDefault(env, 0));
            }
            this.childCosts.merge(env.getParentEnvironment(), cost, OperationSize::saturated);
        }
    }

    private static int cost(QueryVisitorFieldEnvironment env, String coordinate, boolean search, int childCost) {
        int own = FIELD_COSTS.getOrDefault(coordinate, search ? SEARCH_COST : 1);
        GraphQLNamedType type = (GraphQLNamedType)
                GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType());
        if (!type.getName().endsWith("Connection")) {
            return saturated(own, childCost);
        }
        Integer page = pageSize(env.getArguments());
        if (page == null && env.getParentEnvironment() != null) {
            page = pageSize(env.getParentEnvironment().getArguments());
        }
        long pages = (long) childCost * Math.max((page != null) ? page : DEFAULT_PAGE, 1);
        return saturated(own, (int) Math.min(Integer.MAX_VALUE, pages));
    }

    /**
     * A sum that stops at {@code Integer.MAX_VALUE}: connections nested in a cycle (an order's
     * customer's orders' customer...) would otherwise wrap a cost past it to a negative one, under
     * any limit.
     */
    private static int saturated(int a, int b) {
        return (int) Math.min(Integer.MAX_VALUE, (long) a + b);
    }

    private static boolean isSearch(String coordinate, Map<String, Object> arguments) {
        return switch (coordinate) {
            case "Query.search", "Query.suggest" -> true;
            case "Query.products" ->
                arguments.get("filter") instanceof Map<?, ?> filter
                        && filter.get("query") instanceof String query
                        && !query.isBlank();
            default -> false;
        };
    }

    private static @Nullable Integer pageSize(Map<String, Object> arguments) {
        if (arguments.get("first") instanceof Integer first) {
            return first;
        }
        return (arguments.get("last") instanceof Integer last) ? last : null;
    }
}
