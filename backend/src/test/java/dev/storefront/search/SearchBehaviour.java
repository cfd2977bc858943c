package dev.storefront.search;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.storefront.Visitor;
import dev.storefront.catalog.CatalogAdmin;
import dev.storefront.catalog.ProductChanges;
import dev.storefront.catalog.ProductDraft;
import dev.storefront.catalog.ProductPayload;
import dev.storefront.search.SearchOperations.SearchData;
import dev.storefront.search.SearchOperations.SlugData;
import dev.storefront.search.SearchOperations.SuggestionData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static dev.storefront.Answers.classifiedAs;
import static dev.storefront.Answers.errorsText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search does, run against each database (subclasses). Besides the small test catalog, it
 * makes products of its own around the made-up word "zephyr", so that the expected orders and
 * counts below can be checked by hand; they are taken off sale afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchBehaviour {

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
        List<String> slugs = search("zephyr desk").slugs();
        assertThat(slugs).containsExactly("zephyr-desk-lamp", "classic-desk-lamp");
        List<String> lamps = search("zephyr lamp", Map.of("maxPrice", "200")).slugs();
        assertThat(lamps.indexOf("classic-desk-lamp")).isLessThan(lamps.indexOf("floor-lamp"));
    }

    @Test
    void theWordsAsAPhraseInTheTitleScoreHigher() {
        List<String> slugs = search("zephyr lamp shade").slugs();
        assertThat(slugs).startsWith("zephyr-lamp-shade", "shade-lamp-zephyr");
    }

    @Test
    void inStockComesFirstAmongEquals() {
        List<String> slugs = search("nimbus kettle").slugs();
        assertThat(slugs).containsExactly("nimbus-kettle-2", "nimbus-kettle");
    }

    @Test
    void oneTypoIsForgivenInLongWordsTheIndexDoesNotKnow() {
        assertThat(search("hedphones").slugs()).containsExactly("aria-wireless-headphones");
        assertThat(search("keybaord").slugs()).containsExactly("nimbus-mechanical-keyboard");
        assertThat(search("zephyr mantl").slugs()).containsExactly("zephyr-mantle-clock");
        assertThat(search("mantle").slugs())
                .as("a known word brings no misspellings along")
                .containsExactly("zephyr-mantle-clock");
        assertThat(search("mamtle clock").slugs())
                .as("an unknown one finds its neighbours")
                .containsExactly("zephyr-mantle-clock");
        assertThat(search("lanp").slugs())
                .as("no typo forgiven under five letters")
                .isEmpty();
    }

    @Test
    void theLastWordMatchesAsAPrefixAsInTheTypeAhead() {
        assertThat(search("head").slugs()).containsExactly("aria-wireless-headphones");
        assertThat(search("wireless head").slugs()).containsExactly("aria-wireless-headphones");
        assertThat(search("keyb").slugs()).containsExactly("nimbus-mechanical-keyboard");
        assertThat(search("head wireless").slugs())
                .as("only the last word is unfinished, unless unknown")
                .containsExactly("aria-wireless-headphones");
        assertThat(search("hedph").slugs())
                .as("an unfinished word with a typo, from five letters")
                .containsExactly("aria-wireless-headphones");
        assertThat(search("gea").slugs()).as("a category name's start").contains("summit-tent", "trekking-poles");
        assertThat(search("bat").slugs()).as("never a description's start").doesNotContain("aria-wireless-headphones");
        Visitor browser = new Visitor(this.port);
        for (String typed :
                List.of("head", "wireless head", "keyb", "hedph", "wire hea", "zephyr la", "nimbus keybaord")) {
            List<String> products = productSlugs(SearchOperations.suggest(browser, typed, 20));
            assertThat(products).as("the type-ahead for \"%s\"", typed).isNotEmpty();
            assertThat(search(typed).slugs())
                    .as("search \"%s\" finds what its type-ahead lists", typed)
                    .containsAll(products);
        }
    }

    @Test
    void aQueryFoundAsTypedOrByPrefixGetsNoCorrection() {
        assertThat(search("head").didYouMean()).isNull();
        assertThat(search("keyb").didYouMean()).isNull();
        assertThat(search("zephyr mantel").didYouMean())
                .as("a known word is never corrected")
                .isNull();
        assertThat(search("hedphones").didYouMean())
                .as("the correction finds nothing more")
                .isNull();
    }

    @Test
    void aCorrectionIsAWordOfThreeLettersOrMoreThatFindsMore() {
        SearchData twoTypos = search("hedphnes");
        assertThat(twoTypos.products().totalCount()).isEqualTo(0);
        assertThat(twoTypos.didYouMean()).isEqualTo("headphones");
        assertThat(search("lanp").didYouMean()).isEqualTo("lamp");
        assertThat(search("xqzvw").didYouMean()).isNull();
    }

    @Test
    void theJudgedQueriesKeepTheirPrecision() {
        double precision = JudgedQueries.precisionAt3(
                getClass().getSimpleName(), (query) -> search(query).slugs());
        assertThat(precision).isGreaterThanOrEqualTo(JudgedQueries.PRECISION_AT_3_FLOOR);
    }

    @Test
    void productsFilterQueryUsesTheSameEngine() {
        new Visitor(this.port)
                .documentName("products")
                .variable("filter", Map.of("query", "hedphones"))
                .execute()
                .path("products.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("products.nodes[*].slug")
                .entityList(String.class)
                .contains("aria-wireless-headphones");
    }

    @Test
    void facetCountsAreDisjunctive() {
        // "zephyr": kitchen 5 (desk lamp, 2 shades, 2 clocks), audio 1 (classic lamp), outdoor 1 (floor lamp).
        SearchData all = search("zephyr");
        assertThat(all.facets().categoryCounts())
                .containsExactly(Map.entry("kitchen", 5), Map.entry("audio", 1), Map.entry("outdoor", 1));
        assertThat(all.facets().inStock()).isEqualTo(7);
        // Prices: 30, 30, 40 → [25, 50): 3; 60, 80, 80 → [50, 100): 3; 120 → [100, 250): 1.
        assertThat(all.facets().priceCounts())
                .containsExactly(
                        Map.entry("null-25", 0),
                        Map.entry("25-50", 3),
                        Map.entry("50-100", 3),
                        Map.entry("100-250", 1),
                        Map.entry("250-500", 0),
                        Map.entry("500-null", 0));

        SearchData kitchenOnly = search("zephyr", Map.of("categorySlugs", List.of("kitchen")));
        assertThat(kitchenOnly.products().totalCount()).isEqualTo(5);
        assertThat(kitchenOnly.facets().categoryCounts())
                .as("the other categories keep their counts")
                .containsExactly(Map.entry("kitchen", 5), Map.entry("audio", 1), Map.entry("outdoor", 1));
        assertThat(kitchenOnly.facets().priceCounts())
                .as("other facets follow the category selection")
                .containsEntry("25-50", 3)
                .containsEntry("50-100", 2)
                .containsEntry("100-250", 0);
    }

    @Test
    void aQueryThatFindsNothingOffersACorrection() {
        SearchData response = search("zeppir");
        assertThat(response.products().totalCount()).isEqualTo(0);
        assertThat(response.didYouMean()).isEqualTo("zephyr");
        assertThat(search("zephyr").didYouMean()).isNull();
    }

    @Test
    void searchResultsPageWithCursors() {
        SearchData first = search("zephyr", Map.of(), 3, null)
                .path("search")
                .entity(SearchData.class)
                .get();
        assertThat(first.slugs()).hasSize(3);
        assertThat(first.products().pageInfo().hasNextPage()).isTrue();
        List<String> seen = new ArrayList<>(first.slugs());
        String after = first.products().pageInfo().endCursor();
        SearchData rest = search("zephyr", Map.of(), 10, after)
                .path("search")
                .entity(SearchData.class)
                .get();
        seen.addAll(rest.slugs());
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void aSearchCursorBeyondTheDeepestPageIsABadRequest() {
        for (String offset : List.of("2147483647", "2147483646", "10000", "-1", "1e3", "99999999999")) {
            String cursor = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(("s1|RELEVANCE|" + offset).getBytes(StandardCharsets.UTF_8));
            GraphQlTester.Response response = search("zephyr", Map.of(), 3, cursor);
            response.errors().satisfy(classifiedAs("BAD_REQUEST"));
            assertThat(errorsText(response))
                    .as("offset %s", offset)
                    .contains("Invalid cursor")
                    .doesNotContain(offset);
        }
    }

    @Test
    void anAdminsChangesAreSearchableAtOnce() {
        asAdmin(() -> {
            long id = make("Quokka Travel Mug", "Keeps tea hot.", "15.00", 4, "kitchen", List.of());
            assertThat(search("quokka").slugs()).containsExactly("quokka-travel-mug");
            this.admin.update(
                    id,
                    new ProductChanges(
                            "Wombat Travel Mug",
                            null,
                            null,
                            null,
                            null,
                            ArgumentValue.omitted(),
                            null,
                            ArgumentValue.omitted(),
                            null,
                            null,
                            null));
            assertThat(search("quokka").slugs()).isEmpty();
            assertThat(search("wombat").slugs()).containsExactly("quokka-travel-mug");
            this.admin.update(
                    id,
                    new ProductChanges(
                            null,
                            null,
                            null,
                            null,
                            0,
                            ArgumentValue.omitted(),
                            null,
                            ArgumentValue.omitted(),
                            null,
                            null,
                            null));
            assertThat(search("wombat").facets().inStock()).isEqualTo(0);
            this.admin.delete(id);
            assertThat(search("wombat").slugs()).isEmpty();
        });
    }

    @Test
    void queryTextIsNeverQuerySyntax() {
        List<String> texts = List.of(
                "title:(lamp) AND \"zephyr\" OR ~* \\ / [ ] { } ^2 -",
                "zephyr ".repeat(2000),
                "!!!",
                "%_%",
                "' OR 1=1 --");
        for (String text : texts) {
            // No errors, and an answer.
            search(text, Map.of(), 50, null).path("search").hasValue();
        }
        assertThat(search("zephyr ".repeat(2000)).products().totalCount()).isEqualTo(7);
        assertThat(search("!!!").slugs()).isEmpty();
        assertThat(search("[zephyr] (desk)").slugs()).containsExactly("zephyr-desk-lamp", "classic-desk-lamp");
    }

    @Test
    void aBlankQueryIsABadRequest() {
        search("   ", Map.of(), 50, null).errors().satisfy(classifiedAs("BAD_REQUEST"));
    }

    @Test
    void typeAheadSuggestsProductsAndCategories() {
        Visitor browser = new Visitor(this.port);
        assertThat(productSlugs(SearchOperations.suggest(browser, "wire hea", 5)))
                .contains("aria-wireless-headphones");
        assertThat(productSlugs(SearchOperations.suggest(browser, "hedpho", 5)))
                .as("one typo forgiven")
                .contains("aria-wireless-headphones");
        assertThat(productSlugs(SearchOperations.suggest(browser, "nimbus keybaord", 5)))
                .contains("nimbus-mechanical-keyboard");
        assertThat(productSlugs(SearchOperations.suggest(browser, "zephyr mantle", 5)))
                .as("a typed word that starts a title word brings no misspellings along")
                .containsExactly("zephyr-mantle-clock");
        assertThat(productSlugs(SearchOperations.suggest(browser, "zephyr mamtle", 5)))
                .as("one that starts none is forgiven a typo")
                .containsExactly("zephyr-mantle-clock");
        browser.documentName("suggestCategories")
                .variable("prefix", "kitc")
                .execute()
                .path("suggest[*].category.slug")
                .entityList(String.class)
                .contains("kitchen");
        browser.documentName("suggest")
                .variable("prefix", "lamp")
                .variable("limit", 50)
                .execute()
                .errors()
                .satisfy(classifiedAs("BAD_REQUEST"));
        assertThat(SearchOperations.suggest(browser, "  ", 5)).isEmpty();
    }

    SearchData search(String query) {
        return search(query, Map.of());
    }

    SearchData search(String query, Map<String, Object> filter) {
        return SearchOperations.searched(new Visitor(this.port), query, filter);
    }

    GraphQlTester.Response search(String query, Map<String, Object> filter, int first, @Nullable String after) {
        return SearchOperations.search(new Visitor(this.port), query, filter, first, after);
    }

    /** The products a type-ahead suggests (not its categories). */
    static List<String> productSlugs(List<SuggestionData> suggestions) {
        return suggestions.stream()
                .map(SuggestionData::product)
                .filter(Objects::nonNull)
                .map(SlugData::slug)
                .toList();
    }

    long make(String title, String description, String price, int stock, String category, List<String> tags) {
        ProductPayload payload = this.admin.create(new ProductDraft(
                title, null, description, new BigDecimal(price), stock, category, tags, null, false, true));
        assertThat(payload.userErrors()).isEmpty();
        this.made.add(payload.product().id());
        return payload.product().id();
    }

    static void asAdmin(Runnable action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "search-test", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
