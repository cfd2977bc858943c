package dev.storefront.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients send an explicit null for a variable they didn't set: for an argument with a default,
 * that null means the default, exactly as if the argument had been left out.
 */
@StorefrontTest
class ArgumentDefaultsTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aNullSortOfProductsIsTheDefaultNewestFirst() {
        List<String> omitted = slugs("{ products(first: 100) { nodes { slug } } }", Map.of(), "products");
        List<String> nullVariable = slugs(
                "query($s: ProductSort) { products(first: 100, sort: $s) { nodes { slug } } }",
                nullVariable("s"),
                "products");
        List<String> nullLiteral =
                slugs("{ products(first: 100, sort: null) { nodes { slug } } }", Map.of(), "products");
        assertThat(omitted).hasSize(14).first().isEqualTo("aria-wireless-headphones");
        assertThat(nullVariable).isEqualTo(omitted);
        assertThat(nullLiteral).isEqualTo(omitted);
    }

    @Test
    void aNullSortOfASearchIsTheDefaultRelevance() {
        List<String> omitted =
                slugs("{ search(query: \"bamboo\") { products { nodes { slug } } } }", Map.of(), "search.products");
        List<String> nullVariable = slugs(
                "query($s: ProductSort) { search(query: \"bamboo\", sort: $s) { products { nodes { slug } } } }",
                nullVariable("s"),
                "search.products");
        assertThat(omitted).hasSize(3);
        assertThat(nullVariable).isEqualTo(omitted);
    }

    @Test
    void aNullSuggestionLimitIsTheDefaultFive() {
        List<?> omitted = this.graphQl
                .document("{ suggest(prefix: \"ba\") { text } }")
                .execute()
                .path("suggest")
                .entityList(Object.class)
                .get();
        List<?> nullLiteral = this.graphQl
                .document("{ suggest(prefix: \"ba\", limit: null) { text } }")
                .execute()
                .path("suggest")
                .entityList(Object.class)
                .get();
        assertThat(omitted).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(nullLiteral).isEqualTo(omitted);
    }

    @Test
    void aNullForANonNullArgumentWithADefaultIsStillRefused() {
        this.graphQl
                .document("mutation($q: PositiveInt) { addToCart(productId: \"1\", quantity: $q) { cart { id } } }")
                .variables(nullVariable("q"))
                .execute()
                .errors()
                .expect((error) -> error.getMessage().contains("quantity")
                        && !"INTERNAL_ERROR".equals(String.valueOf(error.getErrorType())))
                .verify();
    }

    private List<String> slugs(String document, Map<String, Object> variables, String connection) {
        return this.graphQl
                .document(document)
                .variables(variables)
                .execute()
                .path(connection + ".nodes[*].slug")
                .entityList(String.class)
                .get();
    }

    private static Map<String, Object> nullVariable(String name) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(name, null);
        return variables;
    }
}
