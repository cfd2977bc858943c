package dev.storefront.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.ProductFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static dev.storefront.Browser.at;
import static dev.storefront.Browser.errorClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Inactive (archived) products are for admins only, on every way to them: search results, their
 * count and facets, "did you mean" and the words it corrects against, type-ahead, and product
 * lists and counts through the search engine. The test catalog's one inactive product is
 * {@code retro-toaster} (kitchen, in stock, tags "retro" and "discontinued"; the words "toaster"
 * and "discontinued" appear nowhere else).
 */
@StorefrontTest
class InactiveProductsTests {

	static final String SEARCH = """
			query Search($q: String!, $filter: ProductFilter) {
			  search(query: $q, filter: $filter) {
			    products { nodes { slug } totalCount }
			    facets { categories { category { slug } count } inStock }
			    didYouMean
			  }
			}""";

	static final String PRODUCTS = """
			query Products($filter: ProductFilter) { products(filter: $filter, first: 100) { nodes { slug } totalCount } }""";

	static final String SUGGEST = "query Suggest($prefix: String!) { suggest(prefix: $prefix, limit: 10) { text product { slug } } }";

	static final Map<String, Object> ARCHIVED_TOO = Map.of("includeInactive", true);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProductSearch search;

	@Autowired
	Catalog catalog;

	@Test
	void onlyAdminsMaySearchInactiveProducts() {
		for (Browser caller : List.of(anonymous(), shopper())) {
			String refused = refusal(caller);
			assertThat(errorClassification(search(caller, "toaster", ARCHIVED_TOO))).isEqualTo(refused);
			Map<String, Object> facetsOnly = caller.graphql(
					"{ search(query: \"toaster\", filter: {includeInactive: true}) { facets { inStock } } }");
			assertThat(errorClassification(facetsOnly)).isEqualTo(refused);
			assertThat(facetsOnly.toString()).doesNotContain("inStock=1");
			Map<String, Object> spellingOnly = caller.graphql(
					"{ search(query: \"discontinuxx\", filter: {includeInactive: true}) { didYouMean } }");
			assertThat(errorClassification(spellingOnly)).isEqualTo(refused);
			assertThat(spellingOnly.toString()).doesNotContain("discontinued");
		}
		Map<String, Object> admins = search(admin(), "toaster", ARCHIVED_TOO);
		assertThat(admins.get("errors")).isNull();
		assertThat(slugs(admins, "search.products")).containsExactly("retro-toaster");
		assertThat(at(admins, "search.products.totalCount")).isEqualTo(1);
		assertThat(at(admins, "search.facets.categories").toString()).contains("slug=kitchen}, count=1");
		assertThat(at(admins, "search.facets.inStock")).isEqualTo(1);
	}

	@Test
	void onlyAdminsMayListOrCountInactiveProductsByText() {
		Map<String, Object> byText = Map.of("query", "toaster", "includeInactive", true);
		for (Browser caller : List.of(anonymous(), shopper())) {
			assertThat(errorClassification(caller.graphql(PRODUCTS, Map.of("filter", byText))))
				.isEqualTo(refusal(caller));
			assertThat(errorClassification(caller.graphql(PRODUCTS, Map.of("filter", ARCHIVED_TOO))))
				.isEqualTo(refusal(caller));
		}
		Browser admin = admin();
		Map<String, Object> listed = admin.graphql(PRODUCTS, Map.of("filter", byText));
		assertThat(slugs(listed, "products")).containsExactly("retro-toaster");
		assertThat(at(listed, "products.totalCount")).isEqualTo(1);
		// Other tests of this context may have archived products of their own: count them all.
		assertThat(at(admin.graphql(PRODUCTS, Map.of("filter", ARCHIVED_TOO)), "products.totalCount"))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from product", Integer.class));
	}

	@Test
	void withoutAskingNobodyFindsInactiveProducts() {
		for (Browser caller : List.of(anonymous(), shopper(), admin())) {
			Map<String, Object> found = search(caller, "toaster", Map.of());
			assertThat(found.get("errors")).isNull();
			assertThat(at(found, "search.products.totalCount")).isEqualTo(0);
			assertThat(at(found, "search.facets.categories")).isEqualTo(List.of());
			assertThat(at(found, "search.facets.inStock")).isEqualTo(0);
			assertThat(at(caller.graphql(PRODUCTS, Map.of("filter", Map.of("query", "toaster"))), "products.totalCount"))
				.isEqualTo(0);
			assertThat(at(caller.graphql(SUGGEST, Map.of("prefix", "toast")), "suggest")).isEqualTo(List.of());
			assertThat(at(search(caller, "discontinuxx", Map.of()), "search.didYouMean"))
				.as("an inactive product's words are no correction").isNull();
		}
	}

	@Test
	void anAdminsSpellingSuggestionsLearnFromTheInactiveProductsSearched() {
		assertThat(at(search(admin(), "discontinuxx", ARCHIVED_TOO), "search.didYouMean")).isEqualTo("discontinued");
	}

	@Test
	void theEngineItselfRefusesInactiveProductsToAnyoneButAnAdmin() {
		ProductFilter archivedToo = new ProductFilter("toaster", null, null, null, null, null, true);
		as("ROLE_SHOPPER", () -> {
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.search.count(archivedToo));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.catalog.count(archivedToo));
		});
		as("ROLE_ADMIN", () -> {
			assertThat(this.search.count(archivedToo)).isEqualTo(1);
			assertThat(this.catalog.count(archivedToo)).isEqualTo(1);
		});
	}

	@Test
	void aProductArchivedBehindTheIndexsBackIsNotShownEither() {
		// The index still holds trekking-poles as on sale: only the database knows better.
		this.jdbc.update("update product set active = false where slug = 'trekking-poles'");
		try {
			Browser shopper = anonymous();
			assertThat(slugs(search(shopper, "trekking poles", Map.of()), "search.products")).isEmpty();
			assertThat(slugs(shopper.graphql(PRODUCTS, Map.of("filter", Map.of("query", "trekking"))), "products"))
				.isEmpty();
			assertThat(at(shopper.graphql(SUGGEST, Map.of("prefix", "trek")), "suggest").toString())
				.doesNotContain("trekking-poles");
		}
		finally {
			this.jdbc.update("update product set active = true where slug = 'trekking-poles'");
		}
	}

	private Map<String, Object> search(Browser caller, String query, Map<String, Object> filter) {
		return caller.graphql(SEARCH, Map.of("q", query, "filter", filter));
	}

	@SuppressWarnings("unchecked")
	private static List<String> slugs(Map<String, Object> response, String connection) {
		Object nodes = at(response, connection + ".nodes");
		assertThat(nodes).as("%s in %s", connection, response).isNotNull();
		return ((List<Map<String, Object>>) nodes).stream().map((node) -> (String) node.get("slug")).toList();
	}

	private static String refusal(Browser caller) {
		return (caller.cookie("SESSION") == null) ? "UNAUTHORIZED" : "FORBIDDEN";
	}

	private Browser anonymous() {
		return new Browser(this.port).open();
	}

	private Browser shopper() {
		Browser browser = new Browser(this.port).open();
		Map<String, Object> registered = browser.graphql(
				"mutation Register($input: RegisterInput!) { register(input: $input) { customer { roles } } }",
				Map.of("input", Map.of("email", "shopper-" + UUID.randomUUID() + "@example.com", "password",
						"correct horse battery", "name", "Shopper")));
		assertThat(at(registered, "register.customer.roles")).isEqualTo(List.of("SHOPPER"));
		return browser;
	}

	private Browser admin() {
		Browser browser = new Browser(this.port).open();
		Map<String, Object> login = browser.graphql(
				"mutation Login($input: LoginInput!) { login(input: $input) { customer { roles } } }",
				Map.of("input", Map.of("email", "admin@storefront.test", "password", "demo-admin-password")));
		assertThat(at(login, "login.customer.roles")).isEqualTo(List.of("SHOPPER", "ADMIN"));
		return browser;
	}

	private static void as(String role, Runnable action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("inactive-products-test", null,
					List.of(new SimpleGrantedAuthority(role))));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
