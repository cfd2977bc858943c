package dev.storefront.shared;

import java.util.Map;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One walk of a document gives its depth, its cost and its searches, as the limits count them. */
class OperationSizeTests {

    static final GraphQLSchema SCHEMA =
            UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse("""
            type Query {
              products(first: Int, last: Int, filter: ProductFilter): ProductConnection!
              search(query: String!, first: Int): SearchResults!
              cart: Cart
            }
            input ProductFilter { query: String }
            type ProductConnection { nodes: [Product!]! totalCount: Int! }
            type SearchResults { products: ProductConnection! facets: [Facet!]! }
            type Facet { name: String! }
            type Product { id: ID! title: String! related(first: Int): ProductConnection! }
            type Cart { id: ID! lines: [Line!]! }
            type Line { id: ID! quantity: Int! product: Product! }
            """));

    @Test
    void withoutPagesOrSearchesTheCostIsGraphqlJavasAndTypenameIsFree() {
        String query = """
                query($skip: Boolean!) {
                  cart { __typename id ...Lines other: lines { id @skip(if: $skip) quantity } }
                }
                fragment Lines on Cart { lines { ... on Line { id product { id title } } } }
                """;
        Map<String, Object> variables = Map.of("skip", true);
        OperationSize size = size(query, variables);
        int graphqlJavas = QueryComplexityCalculator.newCalculator()
                .schema(SCHEMA)
                .document(Parser.parse(query))
                .operationName(null)
                .variables(CoercedVariables.of(variables))
                .fieldComplexityCalculator((env, children) -> 1 + children)
                .build()
                .calculate();
        // cart, id, lines, id, product, id, title, other, quantity: id skipped, __typename free.
        assertThat(size.cost()).isEqualTo(graphqlJavas).isEqualTo(9);
        assertThat(size.depth()).isEqualTo(4);
        assertThat(size.searches()).isZero();
        assertThat(size(query, Map.of("skip", false)).cost()).isEqualTo(10);
    }

    @Test
    void aConnectionCountsItsChildrenOncePerItemOfItsPage() {
        assertThat(size("{ products(first: 10) { nodes { id title } totalCount } }", Map.of()))
                .isEqualTo(new OperationSize(3, 1 + 10 * (3 + 1), 0));
        assertThat(size("query($n: Int) { products(last: $n) { totalCount } }", Map.of("n", 7))
                        .cost())
                .isEqualTo(1 + 7);
        assertThat(size("{ products { totalCount } }", Map.of()).cost())
                .as("the API's default page")
                .isEqualTo(1 + 20);
    }

    @Test
    void connectionsNestedInACycleCostTheMostAnIntHoldsNeverLess() {
        String nested = "{ id }";
        for (int i = 0; i < 6; i++) {
            nested = "{ related(first: 100) { nodes " + nested + " } }";
        }
        // 100^6 would wrap an int to a negative cost, under any limit.
        assertThat(size("{ products(first: 100) { nodes " + nested + " } }", Map.of())
                        .cost())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aSearchWeighsItsIndexQueriesAndPagesItsProductsByItsOwnFirst() {
        OperationSize size =
                size("{ search(query: \"lamp\", first: 5) { products { nodes { id } } facets { name } } }", Map.of());
        // search 100, its products 1 + 5 × (nodes 1 + id 1), the facets 100 + name 1.
        assertThat(size).isEqualTo(new OperationSize(4, 100 + (1 + 5 * 2) + (100 + 1), 1));
    }

    @Test
    void aProductListIsASearchOnlyWithAText() {
        String query = "query($f: ProductFilter) { a: products(filter: $f) { totalCount } b: products { totalCount } }";
        assertThat(size(query, Map.of("f", Map.of("query", "lamp"))))
                .isEqualTo(new OperationSize(2, (100 + 20) + (1 + 20), 1));
        assertThat(size(query, Map.of("f", Map.of("query", " "))).searches()).isZero();
    }

    private static OperationSize size(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        return OperationSize.of(SCHEMA, document, null, CoercedVariables.of(variables));
    }
}
