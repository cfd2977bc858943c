package dev.storefront.shared;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import graphql.introspection.IntrospectionQuery;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.storefront.Answers.assertNoData;
import static dev.storefront.Answers.classifiedAs;
import static dev.storefront.Answers.firstMessage;
import static org.assertj.core.api.Assertions.assertThat;

/** Each limit refuses what passes it, with a classified error naming it, before any SQL runs. */
@StorefrontTest
class GraphQlLimitsTests {

    @LocalServerPort
    int port;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void countStatements() {
        this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.statistics.clear();
    }

    @Test
    void aQueryNestedTooDeeplyIsRefused() {
        String ofTypes = "ofType { ".repeat(20) + "name" + " }".repeat(20);
        GraphQlTester.Response response = generated("{ __schema { types { fields { type { " + ofTypes + " } } } } }");
        response.errors().satisfy(classifiedAs("BAD_REQUEST"));
        assertThat(firstMessage(response)).contains("storefront.graphql.max-depth");
    }

    @Test
    void aQueryThatCostsTooMuchIsRefusedBeforeAnySql() {
        String aliases = IntStream.range(0, 30)
                .mapToObj((i) -> "p" + i + ": products(first: 100) { nodes { slug title } }")
                .collect(Collectors.joining(" "));
        GraphQlTester.Response response = generated("{ " + aliases + " }");
        response.errors().satisfy(classifiedAs("BAD_REQUEST"));
        assertThat(firstMessage(response)).contains("storefront.graphql.max-cost");
        assertNoData(response);
        assertThat(this.statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void fiveHundredAliasedFullPagesAreRefusedBeforeAnySql() {
        String aliases = IntStream.range(0, 500)
                .mapToObj((i) -> "p" + i + ": products(first: 100) { totalCount }")
                .collect(Collectors.joining(" "));
        GraphQlTester.Response response = generated("{ " + aliases + " }");
        response.errors()
                .satisfy((errors) -> assertThat(errors)
                        .first()
                        .satisfies((error) -> assertThat(error.getExtensions()).containsKey("classification")));
        assertNoData(response);
        assertThat(this.statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void aFloodOfAliasedSearchesIsRefusedBeforeAnySearchRuns() {
        // As reported: 230 aliased searches with facets and "did you mean", in one ~17 KB request.
        String aliases = IntStream.range(0, 230)
                .mapToObj((i) -> "s" + i + ": search(query: \"lamp " + i + "\") { didYouMean facets { inStock } }")
                .collect(Collectors.joining(" "));
        GraphQlTester.Response response = generated("{ " + aliases + " }");
        response.errors().satisfy(classifiedAs("BAD_REQUEST"));
        assertThat(firstMessage(response)).contains("storefront.graphql.max-cost");
        assertNoData(response);
        assertThat(this.statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void aSearchPageCostsItsItemsLikeAnyPage() {
        String fields = "slug title description imageUrl featured active stock inStock createdAt updatedAt"
                + " price { amount currencyCode } category { slug name } tags";
        String aliases = IntStream.range(0, 3)
                .mapToObj((i) ->
                        "s" + i + ": search(query: \"lamp\", first: 100) { products { nodes { " + fields + " } } }")
                .collect(Collectors.joining(" "));
        GraphQlTester.Response response = generated("{ " + aliases + " }");
        response.errors().satisfy(classifiedAs("BAD_REQUEST"));
        assertThat(firstMessage(response)).contains("storefront.graphql.max-cost");
        assertThat(this.statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void typenameAnywhereIsCountedAsNoSearch() {
        new Visitor(this.port)
                .documentName("typenameAnywhere")
                .execute()
                .path("__typename")
                .entity(String.class)
                .isEqualTo("Query");
    }

    @Test
    void moreSearchesThanTheLimitAreRefusedBeforeAnyRuns() {
        // Cheap each, and within max-cost together: refused for their number alone.
        GraphQlTester.Response response =
                new Visitor(this.port).documentName("sixSearches").execute();
        response.errors().satisfy(classifiedAs("BAD_REQUEST"));
        assertThat(firstMessage(response)).contains("6 searches", "storefront.graphql.max-searches");
        assertNoData(response);
        assertThat(this.statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void upToTheLimitSearchesRunAndListsWithoutTextAreNoSearches() {
        new Visitor(this.port)
                .documentName("fiveSearches")
                .execute()
                .path("h.products.totalCount")
                .entity(Integer.class)
                .isEqualTo(1);
    }

    @Test
    void aDocumentWithTooManyTokensIsRefusedWhileParsing() {
        // 2,000 aliases of 3 tokens each: past 5,000 tokens, within 50,000 characters.
        String fields = IntStream.range(0, 2000)
                .mapToObj((i) -> "a" + i + ":__typename")
                .collect(Collectors.joining(" "));
        GraphQlTester.Response response = generated("{ " + fields + " }");
        response.errors().satisfy(classifiedAs("InvalidSyntax"));
        assertThat(firstMessage(response)).contains("5,000", "tokens");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        // Plain HTTP: the refusal is a 413, before any GraphQL runs.
        WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + this.port)
                .build()
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ categories { slug } }", "variables", Map.of("pad", "x".repeat(300_000))))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.errors[0].message")
                .value((String message) -> assertThat(message).contains("storefront.graphql.max-request-size"));
    }

    @Test
    void introspectionFitsWithinTheLimits() {
        // graphql-java's own introspection query, as GraphiQL and codegen send it.
        generated(IntrospectionQuery.INTROSPECTION_QUERY)
                .path("__schema.queryType.name")
                .entity(String.class)
                .isEqualTo("Query");
    }

    /** A document made in code: its size or shape is what is tested. */
    private GraphQlTester.Response generated(String document) {
        return new Visitor(this.port).document(document).execute();
    }
}
