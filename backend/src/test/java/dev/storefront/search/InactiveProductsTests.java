package dev.storefront.search;

import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.ProductFilter;
import dev.storefront.search.SearchOperations.SearchData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static dev.storefront.Answers.classifiedAs;
import static dev.storefront.Answers.text;
import static dev.storefront.search.SearchOperations.searched;
import static dev.storefront.search.SearchOperations.suggest;
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
        for (Visitor caller : List.of(anonymous(), shopper())) {
            String refused = refusal(caller);
            search(caller, "toaster", ARCHIVED_TOO).errors().satisfy(classifiedAs(refused));
            GraphQlTester.Response facetsOnly = caller.documentName("searchFacetsOnly")
                    .variable("q", "toaster")
                    .variable("filter", ARCHIVED_TOO)
                    .execute();
            facetsOnly.errors().satisfy(classifiedAs(refused));
            assertThat(text(facetsOnly)).doesNotContain("inStock=1");
            GraphQlTester.Response spellingOnly = caller.documentName("searchSpellingOnly")
                    .variable("q", "discontinuxx")
                    .variable("filter", ARCHIVED_TOO)
                    .execute();
            spellingOnly.errors().satisfy(classifiedAs(refused));
            assertThat(text(spellingOnly)).doesNotContain("discontinued");
        }
        SearchData admins = searched(admin(), "toaster", ARCHIVED_TOO);
        assertThat(admins.slugs()).containsExactly("retro-toaster");
        assertThat(admins.products().totalCount()).isEqualTo(1);
        assertThat(admins.facets().categoryCounts()).containsEntry("kitchen", 1);
        assertThat(admins.facets().inStock()).isEqualTo(1);
    }

    @Test
    void onlyAdminsMayListOrCountInactiveProductsByText() {
        Map<String, Object> byText = Map.of("query", "toaster", "includeInactive", true);
        for (Visitor caller : List.of(anonymous(), shopper())) {
            products(caller, byText).errors().satisfy(classifiedAs(refusal(caller)));
            products(caller, ARCHIVED_TOO).errors().satisfy(classifiedAs(refusal(caller)));
        }
        Visitor admin = admin();
        products(admin, byText)
                .path("products.nodes[*].slug")
                .entityList(String.class)
                .containsExactly("retro-toaster")
                .path("products.totalCount")
                .entity(Integer.class)
                .isEqualTo(1);
        // Other tests of this context may have archived products of their own: count them all.
        products(admin, ARCHIVED_TOO)
                .path("products.totalCount")
                .entity(Integer.class)
                .isEqualTo(this.jdbc.queryForObject("select count(*) from product", Integer.class));
    }

    @Test
    void withoutAskingNobodyFindsInactiveProducts() {
        for (Visitor caller : List.of(anonymous(), shopper(), admin())) {
            SearchData found = searched(caller, "toaster", Map.of());
            assertThat(found.products().totalCount()).isEqualTo(0);
            assertThat(found.facets().categories()).isEmpty();
            assertThat(found.facets().inStock()).isEqualTo(0);
            products(caller, Map.of("query", "toaster"))
                    .path("products.totalCount")
                    .entity(Integer.class)
                    .isEqualTo(0);
            assertThat(suggest(caller, "toast", 10)).isEmpty();
            assertThat(searched(caller, "discontinuxx", Map.of()).didYouMean())
                    .as("an inactive product's words are no correction")
                    .isNull();
        }
    }

    @Test
    void anAdminsSpellingSuggestionsLearnFromTheInactiveProductsSearched() {
        assertThat(searched(admin(), "discontinuxx", ARCHIVED_TOO).didYouMean()).isEqualTo("discontinued");
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
            Visitor shopper = anonymous();
            assertThat(searched(shopper, "trekking poles", Map.of()).slugs()).isEmpty();
            products(shopper, Map.of("query", "trekking"))
                    .path("products.nodes[*].slug")
                    .entityList(String.class)
                    .hasSize(0);
            assertThat(SearchBehaviour.productSlugs(suggest(shopper, "trek", 10)))
                    .doesNotContain("trekking-poles");
        } finally {
            this.jdbc.update("update product set active = true where slug = 'trekking-poles'");
        }
    }

    private static GraphQlTester.Response search(Visitor caller, String query, Map<String, Object> filter) {
        return SearchOperations.search(caller, query, filter, 50, null);
    }

    private static GraphQlTester.Response products(Visitor caller, Map<String, Object> filter) {
        return caller.documentName("products")
                .variable("filter", filter)
                .variable("first", 100)
                .execute();
    }

    private static String refusal(Visitor caller) {
        return (caller.cookie("SESSION") == null) ? "UNAUTHORIZED" : "FORBIDDEN";
    }

    private Visitor anonymous() {
        return Visitors.anonymous(this.port);
    }

    private Visitor shopper() {
        return Visitors.shopper(this.port);
    }

    private Visitor admin() {
        return Visitors.admin(this.port);
    }

    private static void as(String role, Runnable action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "inactive-products-test", null, List.of(new SimpleGrantedAuthority(role))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
