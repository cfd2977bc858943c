package dev.storefront.search;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.storefront.Browser;
import dev.storefront.catalog.CatalogAdmin;
import dev.storefront.catalog.ProductChanges;
import dev.storefront.catalog.ProductDraft;
import dev.storefront.catalog.ProductPayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static dev.storefront.Browser.at;
import static dev.storefront.Browser.errorClassification;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search does, run against each database (subclasses). Besides the small test catalog, it
 * makes products of its own around the made-up word "zephyr", so that the expected orders and
 * counts below can be checked by hand; they are taken off sale afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchBehaviour {

	static final String SEARCH = """
			query Search($q: String!, $filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {
			  search(query: $q, filter: $filter, sort: $sort, first: $first, after: $after) {
			    products { nodes { slug } totalCount pageInfo { hasNextPage endCursor } }
			    facets { categories { category { slug } count } priceRanges { min max count } inStock }
			    didYouMean
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	CatalogAdmin admin;

	final List<Long> made = new ArrayList<>();

	@BeforeAll
	void makeProducts() {
		asAdmin(() -> {
			// Relevance by field: title, then tags, then description.
			make("Zephyr Desk Lamp", "A lamp for the desk.", "40.00", 5, "kitchen", List.of());
			make("Classic Desk Lamp", "A lamp for the desk.", "60.00", 5, "audio", List.of("zephyr"));
			make("Floor Lamp", "Named after the zephyr, a light west wind.", "120.00", 5, "outdoor", List.of());
			// The phrase "zephyr lamp" in a title outranks the same words apart.
			make("Zephyr Lamp Shade", "A shade.", "30.00", 5, "kitchen", List.of());
			make("Shade Lamp Zephyr", "A shade.", "30.00", 5, "kitchen", List.of());
			// Equal relevance: the one in stock comes first, although made later.
			make("Nimbus Kettle", "Boils water.", "20.00", 0, "kitchen", List.of());
			make("Nimbus Kettle", "Boils water.", "20.00", 7, "kitchen", List.of());
			// An exact word outranks a word one typo away.
			make("Zephyr Mantle Clock", "Ticks.", "80.00", 3, "kitchen", List.of());
			make("Zephyr Mantel Clock", "Ticks.", "80.00", 3, "kitchen", List.of());
			make("Nimbus Mechanical Keyboard", "Clicky keys.", "99.00", 2, "audio", List.of());
		});
	}

	@AfterAll
	void takeProductsOffSale() {
		asAdmin(() -> this.made.forEach(this.admin::delete));
	}

	@Test
	void titleMatchesOutrankTagsWhichOutrankDescriptions() {
		List<String> slugs = slugs(search("zephyr desk"));
		assertThat(slugs).containsExactly("zephyr-desk-lamp", "classic-desk-lamp");
		List<String> lamps = slugs(search("zephyr lamp", Map.of("maxPrice", "200")));
		assertThat(lamps.indexOf("classic-desk-lamp")).isLessThan(lamps.indexOf("floor-lamp"));
	}

	@Test
	void theWordsAsAPhraseInTheTitleScoreHigher() {
		List<String> slugs = slugs(search("zephyr lamp shade"));
		assertThat(slugs).startsWith("zephyr-lamp-shade", "shade-lamp-zephyr");
	}

	@Test
	void inStockComesFirstAmongEquals() {
		List<String> slugs = slugs(search("nimbus kettle"));
		assertThat(slugs).containsExactly("nimbus-kettle-2", "nimbus-kettle");
	}

	@Test
	void oneTypoIsForgivenInLongWordsTheIndexDoesNotKnow() {
		assertThat(slugs(search("hedphones"))).containsExactly("aria-wireless-headphones");
		assertThat(slugs(search("keybaord"))).containsExactly("nimbus-mechanical-keyboard");
		assertThat(slugs(search("zephyr mantl"))).containsExactly("zephyr-mantle-clock");
		assertThat(slugs(search("mantle"))).as("a known word brings no misspellings along")
			.containsExactly("zephyr-mantle-clock");
		assertThat(slugs(search("mamtle clock"))).as("an unknown one finds its neighbours")
			.containsExactly("zephyr-mantle-clock");
		assertThat(slugs(search("lanp"))).as("no typo forgiven under five letters").isEmpty();
	}

	@Test
	void theLastWordMatchesAsAPrefixAsInTheTypeAhead() {
		assertThat(slugs(search("head"))).containsExactly("aria-wireless-headphones");
		assertThat(slugs(search("wireless head"))).containsExactly("aria-wireless-headphones");
		assertThat(slugs(search("keyb"))).containsExactly("nimbus-mechanical-keyboard");
		assertThat(slugs(search("head wireless"))).as("only the last word is unfinished, unless unknown")
			.containsExactly("aria-wireless-headphones");
		assertThat(slugs(search("hedph"))).as("an unfinished word with a typo, from five letters")
			.containsExactly("aria-wireless-headphones");
		assertThat(slugs(search("gea"))).as("a category name's start").contains("summit-tent", "trekking-poles");
		assertThat(slugs(search("bat"))).as("never a description's start").doesNotContain("aria-wireless-headphones");
		Browser browser = new Browser(this.port);
		for (String typed : List.of("head", "wireless head", "keyb", "hedph", "wire hea", "zephyr la", "nimbus keybaord")) {
			Map<String, Object> suggested = browser.graphql("query($p: String!) { suggest(prefix: $p, limit: 20) { product { slug } } }",
					Map.of("p", typed));
			List<String> products = at(suggested, "suggest") instanceof List<?> list ? list.stream()
				.map((s) -> (Map<?, ?>) ((Map<?, ?>) s).get("product"))
				.filter(java.util.Objects::nonNull)
				.map((p) -> (String) p.get("slug"))
				.toList() : List.of();
			assertThat(products).as("the type-ahead for \"%s\"", typed).isNotEmpty();
			assertThat(slugs(search(typed))).as("search \"%s\" finds what its type-ahead lists", typed)
				.containsAll(products);
		}
	}

	@Test
	void aQueryFoundAsTypedOrByPrefixGetsNoCorrection() {
		assertThat(at(search("head"), "search.didYouMean")).isNull();
		assertThat(at(search("keyb"), "search.didYouMean")).isNull();
		assertThat(at(search("zephyr mantel"), "search.didYouMean")).as("a known word is never corrected").isNull();
		assertThat(at(search("hedphones"), "search.didYouMean")).as("the correction finds nothing more").isNull();
	}

	@Test
	void aCorrectionIsAWordOfThreeLettersOrMoreThatFindsMore() {
		Map<String, Object> twoTypos = search("hedphnes");
		assertThat(at(twoTypos, "search.products.totalCount")).isEqualTo(0);
		assertThat(at(twoTypos, "search.didYouMean")).isEqualTo("headphones");
		assertThat(at(search("lanp"), "search.didYouMean")).isEqualTo("lamp");
		assertThat(at(search("xqzvw"), "search.didYouMean")).isNull();
	}

	@Test
	void theJudgedQueriesKeepTheirPrecision() {
		double precision = JudgedQueries.precisionAt3(getClass().getSimpleName(), (query) -> slugs(search(query)));
		assertThat(precision).isGreaterThanOrEqualTo(JudgedQueries.PRECISION_AT_3_FLOOR);
	}

	@Test
	void productsFilterQueryUsesTheSameEngine() {
		Map<String, Object> response = new Browser(this.port)
			.graphql("{ products(filter: {query: \"hedphones\"}) { nodes { slug } totalCount } }");
		assertThat(at(response, "products.totalCount")).isEqualTo(1);
		assertThat(at(response, "products.nodes").toString()).contains("aria-wireless-headphones");
	}

	@Test
	void facetCountsAreDisjunctive() {
		// "zephyr": kitchen 5 (desk lamp, 2 shades, 2 clocks), audio 1 (classic lamp), outdoor 1 (floor lamp).
		Map<String, Object> all = search("zephyr");
		assertThat(categoryCounts(all)).containsExactly(Map.entry("kitchen", 5), Map.entry("audio", 1),
				Map.entry("outdoor", 1));
		assertThat(at(all, "search.facets.inStock")).isEqualTo(7);
		// Prices: 30, 30, 40 → [25, 50): 3; 60, 80, 80 → [50, 100): 3; 120 → [100, 250): 1.
		assertThat(priceCounts(all)).containsExactly(Map.entry("null-25", 0), Map.entry("25-50", 3),
				Map.entry("50-100", 3), Map.entry("100-250", 1), Map.entry("250-500", 0), Map.entry("500-null", 0));

		Map<String, Object> kitchenOnly = search("zephyr", Map.of("categorySlugs", List.of("kitchen")));
		assertThat(at(kitchenOnly, "search.products.totalCount")).isEqualTo(5);
		assertThat(categoryCounts(kitchenOnly)).as("the other categories keep their counts")
			.containsExactly(Map.entry("kitchen", 5), Map.entry("audio", 1), Map.entry("outdoor", 1));
		assertThat(priceCounts(kitchenOnly)).as("other facets follow the category selection")
			.containsEntry("25-50", 3)
			.containsEntry("50-100", 2)
			.containsEntry("100-250", 0);
	}

	@Test
	void aQueryThatFindsNothingOffersACorrection() {
		Map<String, Object> response = search("zeppir");
		assertThat(at(response, "search.products.totalCount")).isEqualTo(0);
		assertThat(at(response, "search.didYouMean")).isEqualTo("zephyr");
		assertThat(at(search("zephyr"), "search.didYouMean")).isNull();
	}

	@Test
	void searchResultsPageWithCursors() {
		Map<String, Object> first = search("zephyr", Map.of(), 3, null);
		assertThat(slugs(first)).hasSize(3);
		assertThat(at(first, "search.products.pageInfo.hasNextPage")).isEqualTo(true);
		List<String> seen = new ArrayList<>(slugs(first));
		String after = (String) at(first, "search.products.pageInfo.endCursor");
		Map<String, Object> rest = search("zephyr", Map.of(), 10, after);
		seen.addAll(slugs(rest));
		assertThat(seen).hasSize(7).doesNotHaveDuplicates();
	}

	@Test
	void aSearchCursorBeyondTheDeepestPageIsABadRequest() {
		for (String offset : List.of("2147483647", "2147483646", "10000", "-1", "1e3", "99999999999")) {
			String cursor = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(("s1|RELEVANCE|" + offset).getBytes(StandardCharsets.UTF_8));
			Map<String, Object> response = search("zephyr", Map.of(), 3, cursor);
			assertThat(errorClassification(response)).as("offset %s", offset).isEqualTo("BAD_REQUEST");
			assertThat(response.get("errors").toString()).as("offset %s", offset).contains("Invalid cursor")
				.doesNotContain(offset);
		}
	}

	@Test
	void anAdminsChangesAreSearchableAtOnce() {
		asAdmin(() -> {
			long id = make("Quokka Travel Mug", "Keeps tea hot.", "15.00", 4, "kitchen", List.of());
			assertThat(slugs(search("quokka"))).containsExactly("quokka-travel-mug");
			this.admin.update(id, new ProductChanges("Wombat Travel Mug", null, null, null, null,
					ArgumentValue.omitted(), null, ArgumentValue.omitted(), null, null, null));
			assertThat(slugs(search("quokka"))).isEmpty();
			assertThat(slugs(search("wombat"))).containsExactly("quokka-travel-mug");
			this.admin.update(id, new ProductChanges(null, null, null, null, 0, ArgumentValue.omitted(), null,
					ArgumentValue.omitted(), null, null, null));
			assertThat(at(search("wombat"), "search.facets.inStock")).isEqualTo(0);
			this.admin.delete(id);
			assertThat(slugs(search("wombat"))).isEmpty();
		});
	}

	@Test
	void queryTextIsNeverQuerySyntax() {
		List<String> texts = List.of("title:(lamp) AND \"zephyr\" OR ~* \\ / [ ] { } ^2 -", "zephyr ".repeat(2000),
				"!!!", "%_%", "' OR 1=1 --");
		for (int i = 0; i < texts.size(); i++) {
			Map<String, Object> response = search(texts.get(i));
			assertThat(response.get("errors")).as("query %d", i).isNull();
			assertThat(response.get("data")).as("query %d", i).isNotNull();
		}
		assertThat(at(search("zephyr ".repeat(2000)), "search.products.totalCount")).isEqualTo(7);
		assertThat(slugs(search("!!!"))).isEmpty();
		assertThat(slugs(search("[zephyr] (desk)"))).containsExactly("zephyr-desk-lamp", "classic-desk-lamp");
	}

	@Test
	void aBlankQueryIsABadRequest() {
		assertThat(errorClassification(search("   "))).isEqualTo("BAD_REQUEST");
	}

	@Test
	void typeAheadSuggestsProductsAndCategories() {
		Browser browser = new Browser(this.port);
		Map<String, Object> products = browser.graphql("{ suggest(prefix: \"wire hea\") { text product { slug } } }");
		assertThat(at(products, "suggest").toString()).contains("aria-wireless-headphones");
		Map<String, Object> misspelt = browser.graphql("{ suggest(prefix: \"hedpho\") { text product { slug } } }");
		assertThat(at(misspelt, "suggest").toString()).as("one typo forgiven").contains("aria-wireless-headphones");
		Map<String, Object> swapped = browser.graphql("{ suggest(prefix: \"nimbus keybaord\") { product { slug } } }");
		assertThat(at(swapped, "suggest").toString()).contains("nimbus-mechanical-keyboard");
		Map<String, Object> categories = browser.graphql("{ suggest(prefix: \"kitc\") { text category { slug } } }");
		assertThat(at(categories, "suggest").toString()).contains("kitchen");
		assertThat(errorClassification(browser.graphql("{ suggest(prefix: \"lamp\", limit: 50) { text } }")))
			.isEqualTo("BAD_REQUEST");
		assertThat(at(browser.graphql("{ suggest(prefix: \"  \") { text } }"), "suggest")).isEqualTo(List.of());
	}

	Map<String, Object> search(String query) {
		return search(query, Map.of());
	}

	Map<String, Object> search(String query, Map<String, Object> filter) {
		return search(query, filter, 50, null);
	}

	Map<String, Object> search(String query, Map<String, Object> filter, int first, String after) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("q", query);
		variables.put("filter", filter);
		variables.put("first", first);
		variables.put("after", after);
		return new Browser(this.port).graphql(SEARCH, variables);
	}

	@SuppressWarnings("unchecked")
	static List<String> slugs(Map<String, Object> response) {
		Object nodes = at(response, "search.products.nodes");
		assertThat(nodes).as("search results in %s", response).isNotNull();
		return ((List<Map<String, Object>>) nodes).stream().map((node) -> (String) node.get("slug")).toList();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Integer> categoryCounts(Map<String, Object> response) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		for (Map<String, Object> facet : (List<Map<String, Object>>) at(response, "search.facets.categories")) {
			counts.put((String) ((Map<String, Object>) facet.get("category")).get("slug"), (Integer) facet.get("count"));
		}
		return counts;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Integer> priceCounts(Map<String, Object> response) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		for (Map<String, Object> facet : (List<Map<String, Object>>) at(response, "search.facets.priceRanges")) {
			counts.put(plain(facet.get("min")) + "-" + plain(facet.get("max")), (Integer) facet.get("count"));
		}
		return counts;
	}

	private static String plain(Object amount) {
		return (amount == null) ? "null" : new BigDecimal((String) amount).stripTrailingZeros().toPlainString();
	}

	long make(String title, String description, String price, int stock, String category, List<String> tags) {
		ProductPayload payload = this.admin.create(new ProductDraft(title, null, description, new BigDecimal(price), stock,
				category, tags, null, false, true));
		assertThat(payload.userErrors()).isEmpty();
		this.made.add(payload.product().id());
		return payload.product().id();
	}

	static void asAdmin(Runnable action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("search-test", null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
