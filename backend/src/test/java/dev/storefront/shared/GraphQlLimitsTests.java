package dev.storefront.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import graphql.introspection.IntrospectionQuery;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.storefront.Browser.errorClassification;
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
		Map<String, Object> response = new Browser(this.port).graphql("{ __schema { types { fields { type { " + ofTypes
				+ " } } } } }");
		assertThat(errorClassification(response)).isEqualTo("BAD_REQUEST");
		assertThat(message(response)).contains("storefront.graphql.max-depth");
	}

	@Test
	void aQueryThatCostsTooMuchIsRefusedBeforeAnySql() {
		String aliases = IntStream.range(0, 30)
			.mapToObj((i) -> "p" + i + ": products(first: 100) { nodes { slug title } }")
			.collect(Collectors.joining(" "));
		Map<String, Object> response = new Browser(this.port).graphql("{ " + aliases + " }");
		assertThat(errorClassification(response)).isEqualTo("BAD_REQUEST");
		assertThat(message(response)).contains("storefront.graphql.max-cost");
		assertThat(response.get("data")).isNull();
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void fiveHundredAliasedFullPagesAreRefusedBeforeAnySql() {
		String aliases = IntStream.range(0, 500)
			.mapToObj((i) -> "p" + i + ": products(first: 100) { totalCount }")
			.collect(Collectors.joining(" "));
		Map<String, Object> response = new Browser(this.port).graphql("{ " + aliases + " }");
		assertThat(errorClassification(response)).isNotNull();
		assertThat(response.get("data")).isNull();
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void aFloodOfAliasedSearchesIsRefusedBeforeAnySearchRuns() {
		// As reported: 230 aliased searches with facets and "did you mean", in one ~17 KB request.
		String aliases = IntStream.range(0, 230)
			.mapToObj((i) -> "s" + i + ": search(query: \"lamp " + i + "\") { didYouMean facets { inStock } }")
			.collect(Collectors.joining(" "));
		Map<String, Object> response = new Browser(this.port).graphql("{ " + aliases + " }");
		assertThat(errorClassification(response)).isEqualTo("BAD_REQUEST");
		assertThat(message(response)).contains("storefront.graphql.max-cost");
		assertThat(response.get("data")).isNull();
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void aSearchPageCostsItsItemsLikeAnyPage() {
		String fields = "slug title description imageUrl featured active stock inStock createdAt updatedAt"
				+ " price { amount currencyCode } category { slug name } tags";
		String aliases = IntStream.range(0, 3)
			.mapToObj((i) -> "s" + i + ": search(query: \"lamp\", first: 100) { products { nodes { " + fields + " } } }")
			.collect(Collectors.joining(" "));
		Map<String, Object> response = new Browser(this.port).graphql("{ " + aliases + " }");
		assertThat(errorClassification(response)).isEqualTo("BAD_REQUEST");
		assertThat(message(response)).contains("storefront.graphql.max-cost");
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void typenameAnywhereIsCountedAsNoSearch() {
		Map<String, Object> response = new Browser(this.port)
			.graphql("{ __typename search(query: \"lamp\") { __typename products { totalCount } } }");
		assertThat(response.get("errors")).isNull();
		assertThat(response).extractingByKey("data").asString().contains("__typename=Query");
	}

	@Test
	void moreSearchesThanTheLimitAreRefusedBeforeAnyRuns() {
		// Cheap each, and within max-cost together: refused for their number alone.
		String six = "{ a: suggest(prefix: \"la\") { text } b: suggest(prefix: \"ke\") { text }"
				+ " c: products(filter: {query: \"lamp\"}) { totalCount } d: products(filter: {query: \"kettle\"}) { totalCount }"
				+ " ...more }"
				+ " fragment more on Query { e: search(query: \"mug\") { didYouMean } f: search(query: \"tent\") { didYouMean } }";
		Map<String, Object> response = new Browser(this.port).graphql(six);
		assertThat(errorClassification(response)).isEqualTo("BAD_REQUEST");
		assertThat(message(response)).contains("6 searches", "storefront.graphql.max-searches");
		assertThat(response.get("data")).isNull();
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void upToTheLimitSearchesRunAndListsWithoutTextAreNoSearches() {
		String five = "{ a: suggest(prefix: \"la\") { text } b: products(filter: {query: \"lamp\"}) { totalCount }"
				+ " c: search(query: \"mug\") { didYouMean } d: search(query: \"tent\") { didYouMean }"
				+ " e: products(filter: {query: \"   \"}) { totalCount } f: products { totalCount } g: products(first: 1) { totalCount }"
				+ " h: search(query: \"bottle\") { products { totalCount } } }";
		Map<String, Object> response = new Browser(this.port).graphql(five);
		assertThat(response.get("errors")).isNull();
		assertThat(Browser.at(response, "h.products.totalCount")).isEqualTo(1);
	}

	@Test
	void aDocumentWithTooManyTokensIsRefusedWhileParsing() {
		// 2,000 aliases of 3 tokens each: past 5,000 tokens, within 50,000 characters.
		String fields = IntStream.range(0, 2000).mapToObj((i) -> "a" + i + ":__typename").collect(Collectors.joining(" "));
		Map<String, Object> response = new Browser(this.port).graphql("{ " + fields + " }");
		assertThat(errorClassification(response)).isEqualTo("InvalidSyntax");
		assertThat(message(response)).contains("5,000", "tokens");
	}

	@Test
	void anOversizedBodyIsRefusedWith413() {
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
		Map<String, Object> response = new Browser(this.port).graphql(IntrospectionQuery.INTROSPECTION_QUERY);
		assertThat(response.get("errors")).isNull();
		assertThat(Browser.at(response, "__schema.queryType.name")).isEqualTo("Query");
	}

	@SuppressWarnings("unchecked")
	private static String message(Map<String, Object> response) {
		return (String) ((List<Map<String, Object>>) response.get("errors")).get(0).get("message");
	}

}
