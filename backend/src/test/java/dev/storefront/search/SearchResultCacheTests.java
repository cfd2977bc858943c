package dev.storefront.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import dev.storefront.catalog.Inventory;
import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductPageRequest;
import dev.storefront.catalog.ProductSort;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.storefront.Browser.at;
import static dev.storefront.Browser.errorClassification;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Popular searches (and type-ahead prefixes) are answered from memory, and never wrongly: an admin's edit and an order
 * taking stock show in the very next search, an admin's answers with inactive products never
 * reach anyone else, and a flood of distinct queries stays within the cache's bound. The test
 * catalog's {@code vinyl-turntable} (id 5) is the one product "turntable" finds: 320.00, 2 in
 * stock; {@code retro-toaster} the one inactive product.
 */
@StorefrontTest
@TestPropertySource(properties = { "storefront.search.cache-ttl=1h", "storefront.search.cache-max-size=256KB" })
class SearchResultCacheTests {

	static final String SEARCH = """
			query Search($q: String!, $filter: ProductFilter) {
			  search(query: $q, filter: $filter) {
			    products { totalCount nodes { slug price { amount } inStock } }
			    facets { categories { category { slug } count } inStock }
			    didYouMean
			  }
			}""";

	static final long TURNTABLE = 5;

	@LocalServerPort
	int port;

	@Autowired
	SearchResultCache cache;

	@Autowired
	Inventory inventory;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	@AfterEach
	void forget() {
		this.cache.forgetAll();
	}

	@Test
	void aRepeatedSearchCostsNoSqlStatement() {
		Browser shopper = anonymous();
		Map<String, Object> first = search(shopper, "wireless headphones", Map.of());
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		double hits = hits();
		Map<String, Object> again = search(shopper, "Wireless, the headphones!", Map.of());
		assertThat(again).isEqualTo(first);
		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(hits() - hits).as("the page, the facets and did-you-mean, each from memory").isEqualTo(3);
	}

	@Test
	void aRepeatedTypeAheadCostsNoSqlStatementAndAnArchivedProductLeavesIt() {
		String suggest = "query Suggest($p: String!) { suggest(prefix: $p, limit: 5) { text product { slug } } }";
		Browser shopper = anonymous();
		Map<String, Object> first = shopper.graphql(suggest, Map.of("p", "turnt"));
		assertThat(first.toString()).contains("vinyl-turntable");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		double hits = hits();
		assertThat(shopper.graphql(suggest, Map.of("p", "Turnt"))).isEqualTo(first);
		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(hits() - hits).isEqualTo(1);
		Browser admin = admin();
		try {
			update(admin, Map.of("active", false));
			assertThat(shopper.graphql(suggest, Map.of("p", "turnt")).toString()).doesNotContain("vinyl-turntable");
		}
		finally {
			update(admin, Map.of("active", true));
		}
		assertThat(shopper.graphql(suggest, Map.of("p", "turnt"))).isEqualTo(first);
	}

	@Test
	void anAdminsEditShowsInTheNextSearch() {
		Browser admin = admin();
		assertThat(firstNode(search(anonymous(), "turntable", Map.of())).get("price"))
			.isEqualTo(Map.of("amount", "320.00"));
		try {
			update(admin, Map.of("price", "299.00", "stock", 0));
			Map<String, Object> changed = search(anonymous(), "turntable", Map.of());
			assertThat(firstNode(changed).get("price")).isEqualTo(Map.of("amount", "299.00"));
			assertThat(firstNode(changed).get("inStock")).isEqualTo(false);
			assertThat(at(changed, "search.facets.inStock")).isEqualTo(0);
		}
		finally {
			update(admin, Map.of("price", "320.00", "stock", 2));
		}
		assertThat(at(search(anonymous(), "turntable", Map.of()), "search.facets.inStock")).isEqualTo(1);
	}

	@Test
	void anOrderTakingTheLastItemsFlipsTheInStockFacet() {
		Map<String, Object> inStockOnly = Map.of("inStock", true);
		assertThat(at(search(anonymous(), "turntable", Map.of()), "search.facets.inStock")).isEqualTo(1);
		assertThat(at(search(anonymous(), "turntable", inStockOnly), "search.products.totalCount")).isEqualTo(1);
		// What placing an order does to stock: lock the rows, take the quantities, commit.
		this.transactions.executeWithoutResult((tx) -> {
			this.inventory.lockForSale(List.of(TURNTABLE));
			this.inventory.take(Map.of(TURNTABLE, 2));
		});
		try {
			assertThat(at(search(anonymous(), "turntable", Map.of()), "search.facets.inStock")).isEqualTo(0);
			assertThat(at(search(anonymous(), "turntable", inStockOnly), "search.products.totalCount")).isEqualTo(0);
		}
		finally {
			this.transactions.executeWithoutResult((tx) -> this.inventory.restore(Map.of(TURNTABLE, 2)));
		}
		assertThat(at(search(anonymous(), "turntable", Map.of()), "search.facets.inStock")).isEqualTo(1);
	}

	@Test
	void anAdminsInactiveResultsNeverReachAnyoneElse() {
		Map<String, Object> archivedToo = Map.of("includeInactive", true);
		Browser admin = admin();
		Map<String, Object> admins = search(admin, "toaster", archivedToo);
		assertThat(at(admins, "search.products.totalCount")).isEqualTo(1);
		assertThat(at(admins, "search.facets.inStock")).isEqualTo(1);
		assertThat(search(admin, "toaster", archivedToo)).as("from memory").isEqualTo(admins);
		for (Browser caller : List.of(anonymous(), shopper())) {
			Map<String, Object> asked = search(caller, "toaster", archivedToo);
			assertThat(errorClassification(asked)).isIn("UNAUTHORIZED", "FORBIDDEN");
			assertThat(asked.toString()).doesNotContain("retro-toaster");
			Map<String, Object> plain = search(caller, "toaster", Map.of());
			assertThat(at(plain, "search.products.totalCount")).isEqualTo(0);
			assertThat(at(plain, "search.facets.inStock")).isEqualTo(0);
		}
		assertThat(at(search(admin, "discontinuxx", archivedToo), "search.didYouMean")).isEqualTo("discontinued");
		assertThat(at(search(anonymous(), "discontinuxx", Map.of()), "search.didYouMean")).isNull();
	}

	@Test
	void aFloodOfDistinctQueriesStaysWithinTheBound() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("flood", "anonymous",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		try {
			ProductPageRequest page = ProductPageRequest.of(20, null, null, null);
			SearchViews.SearchResults popular = this.cache.search("travel", ProductFilter.NONE, ProductSort.RELEVANCE,
					page);
			for (int i = 0; i < 1_500; i++) {
				// As many words as a query keeps (20), the first telling the queries apart.
				String longest = "q" + i + " "
						+ IntStream.range(1, 20).mapToObj((w) -> "word" + w).collect(Collectors.joining(" "));
				this.cache.search(longest, ProductFilter.NONE, ProductSort.RELEVANCE, page);
				if (i % 50 == 0) {
					this.cache.search("travel", ProductFilter.NONE, ProductSort.RELEVANCE, page);
				}
			}
			assertThat(this.cache.weight()).isPositive().isLessThanOrEqualTo(256 * 1024);
			assertThat(this.cache.search("travel", ProductFilter.NONE, ProductSort.RELEVANCE, page))
				.as("a popular query outlives the flood").isSameAs(popular);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstNode(Map<String, Object> response) {
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) at(response, "search.products.nodes");
		assertThat(nodes).as("%s", response).isNotEmpty();
		return nodes.get(0);
	}

	private double hits() {
		return this.meters.get("cache.gets").tag("cache", "search").tag("result", "hit").functionCounter().count();
	}

	private void update(Browser admin, Map<String, Object> input) {
		Map<String, Object> updated = admin.graphql(
				"mutation Update($id: ID!, $input: ProductUpdateInput!) { updateProduct(id: $id, input: $input) {"
						+ " userErrors { code } } }",
				Map.of("id", String.valueOf(TURNTABLE), "input", input));
		assertThat(at(updated, "updateProduct.userErrors")).as("%s", updated).isEqualTo(List.of());
	}

	private static Map<String, Object> search(Browser caller, String query, Map<String, Object> filter) {
		return caller.graphql(SEARCH, Map.of("q", query, "filter", filter));
	}

	private Browser anonymous() {
		return new Browser(this.port).open();
	}

	private Browser shopper() {
		Browser browser = anonymous();
		browser.graphql("mutation Register($input: RegisterInput!) { register(input: $input) { customer { id } } }",
				Map.of("input", Map.of("email", "cache-" + UUID.randomUUID() + "@example.com", "password",
						"correct horse battery", "name", "Shopper")));
		return browser;
	}

	private Browser admin() {
		Browser browser = anonymous();
		browser.graphql("mutation Login($input: LoginInput!) { login(input: $input) { customer { id } } }",
				Map.of("input", Map.of("email", "admin@storefront.test", "password", "demo-admin-password")));
		return browser;
	}

}
