package dev.storefront.shared;

import java.util.Set;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which operations of a document may have their answers shared: queries whose root selects only
 * anonymous reads, however the selection is written (fragments, inline fragments,
 * {@code __typename}); never a mutation, a read of the session or introspection.
 */
class SharedDocumentTests {

    static final Set<String> READS = Set.of("products", "product", "categories");

    @Test
    void aQueryOfAnonymousReadsMayBeShared() {
        assertThat(of("{ products { nodes { slug } } categories { slug } __typename }")
                        .mayKeep(null))
                .isTrue();
        assertThat(of("query Page { products { nodes { slug } } }").mayKeep("Page"))
                .isTrue();
    }

    @Test
    void rootFragmentsAreLookedThrough() {
        assertThat(of("query Q { ...Root } fragment Root on Query { ... on Query { product(slug: \"a\") { id } } }")
                        .mayKeep("Q"))
                .isTrue();
        assertThat(of("query Q { ...Root } fragment Root on Query { products { nodes { id } } cart { id } }")
                        .mayKeep("Q"))
                .isFalse();
        assertThat(of("query Q { ... @include(if: true) { me { id } } }").mayKeep("Q"))
                .isFalse();
    }

    @Test
    void mutationsReadsOfTheSessionAndIntrospectionAreNot() {
        assertThat(of("mutation M { products { nodes { slug } } }").mayKeep("M"))
                .isFalse();
        assertThat(of("{ products { nodes { slug } } cart { id } }").mayKeep(null))
                .isFalse();
        assertThat(of("{ __schema { types { name } } }").mayKeep(null)).isFalse();
    }

    @Test
    void eachOperationOfADocumentIsJudgedOnItsOwn() {
        SharedDocument document = of("query Page { products { nodes { slug } } } query Mine { cart { id } }");
        assertThat(document.mayKeep("Page")).isTrue();
        assertThat(document.mayKeep("Mine")).isFalse();
        assertThat(document.mayKeep(null))
                .as("no operation name: GraphQL refuses it")
                .isFalse();
        assertThat(document.mayKeep("Other")).isFalse();
    }

    @Test
    void spellingsOfOneDocumentHaveOneNormalForm() {
        assertThat(of("# a comment\nquery  Page {\n  products(first: 2) { nodes { slug } }\n}\n")
                        .text())
                .isEqualTo(of("query Page{products(first:2){nodes{slug}}}").text());
        assertThat(of("{ product(slug: \"a  b\") { id } }").text()).contains("\"a  b\"");
    }

    private static SharedDocument of(String text) {
        return SharedDocument.of(Parser.parse(text), READS);
    }
}
