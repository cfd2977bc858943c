package dev.storefront.shared;

import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static dev.storefront.shared.OperationSizeTests.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's size is kept from its first request only when its variables can't change it: a
 * variable page size, filter or {@code @include} is walked again with every request's values.
 */
class OperationSizesTests {

    private final OperationSizes sizes = new OperationSizes();

    @Test
    void aDocumentWhoseVariablesChangeNoSizeIsWalkedOnce() {
        Document document =
                Parser.parse("query($q: String!) { search(query: $q, first: 5) { products { nodes { id title } } } }");
        OperationSize first = size(document, Map.of("q", "lamp"));
        OperationSize second = size(document, Map.of("q", "a much longer query that changes nothing"));
        assertThat(second).isSameAs(first).isEqualTo(OperationSize.of(SCHEMA, document, null, variables("q", "x")));
    }

    @Test
    void aPageSizeFromAVariableIsCountedWithEachRequestsValue() {
        Document document = Parser.parse("query($n: Int) { products(first: $n) { nodes { id } } }");
        // The connection, then its nodes and their id once per item of the page.
        assertThat(size(document, Map.of("n", 1)).cost()).isEqualTo(1 + 2);
        assertThat(size(document, Map.of("n", 5_000)).cost()).isEqualTo(1 + 2 * 5_000);
    }

    @Test
    void aFilterFromAVariableIsCountedWithEachRequestsValue() {
        Document document = Parser.parse("query($f: ProductFilter) { products(filter: $f) { totalCount } }");
        assertThat(size(document, Map.of("f", Map.of("query", " "))).searches()).isZero();
        assertThat(size(document, Map.of("f", Map.of("query", "lamp"))).searches())
                .isOne();
    }

    @Test
    void aVariableInsideAnInputOfAPageSizeOrInADirectiveCountsToo() {
        Document nested = Parser.parse(
                "query($q: String) { products(filter: { query: $q }) { nodes { related(first: 3) { totalCount } } } }");
        assertThat(size(nested, Map.of("q", "lamp")).searches()).isOne();
        assertThat(size(nested, Map.of()).searches()).isZero();
        Document included = Parser.parse("""
                query($deep: Boolean!) {
                  cart { id ... on Cart @include(if: $deep) { lines { product { related { nodes { id } } } } } }
                }
                """);
        assertThat(size(included, Map.of("deep", false)).depth()).isEqualTo(2);
        assertThat(size(included, Map.of("deep", true)).depth()).isEqualTo(6);
    }

    @Test
    void eachOperationOfADocumentHasItsOwnSize() {
        Document document = Parser.parse("query Small { cart { id } } query Large { cart { lines { id quantity } } }");
        CoercedVariables none = CoercedVariables.emptyVariables();
        assertThat(this.sizes.of(SCHEMA, document, "Small", none).cost()).isEqualTo(2);
        assertThat(this.sizes.of(SCHEMA, document, "Large", none).cost()).isEqualTo(4);
        assertThat(this.sizes.of(SCHEMA, document, "Small", none).cost()).isEqualTo(2);
    }

    private OperationSize size(Document document, Map<String, Object> variables) {
        return this.sizes.of(SCHEMA, document, null, CoercedVariables.of(variables));
    }

    private static CoercedVariables variables(String name, Object value) {
        return CoercedVariables.of(Map.of(name, value));
    }
}
