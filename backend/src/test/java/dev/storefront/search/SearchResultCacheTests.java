package dev.storefront.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.storefront.Answers.Money;
import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.catalog.Inventory;
import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductPageRequest;
import dev.storefront.catalog.ProductSort;
import dev.storefront.search.SearchOperations.CategoryFacetData;
import dev.storefront.search.SearchOperations.SuggestionData;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.storefront.Answers.classification;
import static dev.storefront.Answers.text;
import static dev.storefront.search.SearchOperations.suggest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Popular searches (and type-ahead prefixes) are answered from memory, and never wrongly: an admin's edit and an order
 * taking stock show in the very next search, an admin's answers with inactive products never
 * reach anyone else, and a flood of distinct queries stays within the cache's bound. The test
 * catalog's {@code vinyl-turntable} (id 5) is the one product "turntable" finds: 320.00, 2 in
 * stock; {@code retro-toaster} the one inactive product.
 */
@StorefrontTest
@TestPropertySource(properties = {"storefront.search.cache-ttl=1h", "storefront.search.cache-max-size=256KB"})
class SearchResultCacheTests {

    static final long TURNTABLE = 5;

    @LocalServerPort
    int port;

    @Autowired
    SearchResultCache cache;

    @Autowired
    SuggestedProducts suggestedProducts;

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
        this.suggestedProducts.forgetAll();
    }

    @Test
    void aRepeatedSearchCostsNoSqlStatement() {
        Visitor shopper = anonymous();
        PricedSearchData first = searched(shopper, "wireless headphones", Map.of());
        Statistics statistics =
                this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        double hits = hits();
        PricedSearchData again = searched(shopper, "Wireless, the headphones!", Map.of());
        assertThat(again).isEqualTo(first);
        assertThat(statistics.getPrepareStatementCount()).isZero();
        assertThat(hits() - hits)
                .as("the page, the facets and did-you-mean, each from memory")
                .isEqualTo(3);
    }

    @Test
    void aRepeatedTypeAheadCostsNoSqlStatementAndAnArchivedProductLeavesIt() {
        Visitor shopper = anonymous();
        List<SuggestionData> first = suggest(shopper, "turnt", 5);
        assertThat(SearchBehaviour.productSlugs(first)).contains("vinyl-turntable");
        Statistics statistics =
                this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        double hits = hits();
        assertThat(suggest(shopper, "Turnt", 5)).isEqualTo(first);
        assertThat(statistics.getPrepareStatementCount()).isZero();
        assertThat(hits() - hits).isEqualTo(1);
        Visitor admin = admin();
        try {
            update(admin, Map.of("active", false));
            assertThat(SearchBehaviour.productSlugs(suggest(shopper, "turnt", 5)))
                    .doesNotContain("vinyl-turntable");
        } finally {
            update(admin, Map.of("active", true));
        }
        assertThat(suggest(shopper, "turnt", 5)).isEqualTo(first);
    }

    @Test
    void theNextKeystrokeSuggestsKeptProductsWithoutSqlOrTransactionUntilOneChanges() {
        Visitor shopper = anonymous();
        assertThat(suggest(shopper, "turn", 5)).contains(turntable("Vinyl Turntable"));
        Statistics statistics =
                this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(suggest(shopper, "turnta", 5))
                .as("another prefix: a new answer, from the index and the kept product")
                .contains(turntable("Vinyl Turntable"));
        assertThat(statistics.getPrepareStatementCount()).isZero();
        assertThat(statistics.getTransactionCount()).isZero();
        Visitor admin = admin();
        try {
            update(admin, Map.of("title", "Vinyl Turntable Deluxe"));
            assertThat(suggest(shopper, "turntab", 5)).contains(turntable("Vinyl Turntable Deluxe"));
        } finally {
            update(admin, Map.of("title", "Vinyl Turntable"));
        }
        assertThat(suggest(shopper, "turntabl", 5)).contains(turntable("Vinyl Turntable"));
    }

    private static SuggestionData turntable(String title) {
        return new SuggestionData(title, new SearchOperations.SlugData("vinyl-turntable"));
    }

    @Test
    void anAdminsEditShowsInTheNextSearch() {
        Visitor admin = admin();
        assertThat(searched(anonymous(), "turntable", Map.of()).firstNode().price())
                .isEqualTo(Money.of("320.00"));
        try {
            update(admin, Map.of("price", "299.00", "stock", 0));
            PricedSearchData changed = searched(anonymous(), "turntable", Map.of());
            assertThat(changed.firstNode().price()).isEqualTo(Money.of("299.00"));
            assertThat(changed.firstNode().inStock()).isFalse();
            assertThat(changed.facets().inStock()).isEqualTo(0);
        } finally {
            update(admin, Map.of("price", "320.00", "stock", 2));
        }
        assertThat(searched(anonymous(), "turntable", Map.of()).facets().inStock())
                .isEqualTo(1);
    }

    @Test
    void anOrderTakingTheLastItemsFlipsTheInStockFacet() {
        Map<String, Object> inStockOnly = Map.of("inStock", true);
        assertThat(searched(anonymous(), "turntable", Map.of()).facets().inStock())
                .isEqualTo(1);
        assertThat(searched(anonymous(), "turntable", inStockOnly).products().totalCount())
                .isEqualTo(1);
        // What placing an order does to stock: lock the rows, take the quantities, commit.
        this.transactions.executeWithoutResult((tx) -> {
            this.inventory.lockForSale(List.of(TURNTABLE));
            this.inventory.take(Map.of(TURNTABLE, 2));
        });
        try {
            assertThat(searched(anonymous(), "turntable", Map.of()).facets().inStock())
                    .isEqualTo(0);
            assertThat(searched(anonymous(), "turntable", inStockOnly)
                            .products()
                            .totalCount())
                    .isEqualTo(0);
        } finally {
            this.transactions.executeWithoutResult((tx) -> this.inventory.restore(Map.of(TURNTABLE, 2)));
        }
        assertThat(searched(anonymous(), "turntable", Map.of()).facets().inStock())
                .isEqualTo(1);
    }

    @Test
    void anAdminsInactiveResultsNeverReachAnyoneElse() {
        Map<String, Object> archivedToo = Map.of("includeInactive", true);
        Visitor admin = admin();
        PricedSearchData admins = searched(admin, "toaster", archivedToo);
        assertThat(admins.products().totalCount()).isEqualTo(1);
        assertThat(admins.facets().inStock()).isEqualTo(1);
        assertThat(searched(admin, "toaster", archivedToo)).as("from memory").isEqualTo(admins);
        for (Visitor caller : List.of(anonymous(), shopper())) {
            GraphQlTester.Response asked = search(caller, "toaster", archivedToo);
            asked.errors()
                    .satisfy((errors) -> assertThat(errors)
                            .first()
                            .satisfies(
                                    (error) -> assertThat(classification(error)).isIn("UNAUTHORIZED", "FORBIDDEN")));
            assertThat(text(asked)).doesNotContain("retro-toaster");
            PricedSearchData plain = searched(caller, "toaster", Map.of());
            assertThat(plain.products().totalCount()).isEqualTo(0);
            assertThat(plain.facets().inStock()).isEqualTo(0);
        }
        assertThat(searched(admin, "discontinuxx", archivedToo).didYouMean()).isEqualTo("discontinued");
        assertThat(searched(anonymous(), "discontinuxx", Map.of()).didYouMean()).isNull();
    }

    @Test
    void aFloodOfDistinctQueriesStaysWithinTheBound() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "flood", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            ProductPageRequest page = ProductPageRequest.of(20, null, null, null);
            SearchViews.SearchResults popular =
                    this.cache.search("travel", ProductFilter.NONE, ProductSort.RELEVANCE, page);
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
                    .as("a popular query outlives the flood")
                    .isSameAs(popular);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private double hits() {
        return this.meters
                .get("cache.gets")
                .tag("cache", "search")
                .tag("result", "hit")
                .functionCounter()
                .count();
    }

    private void update(Visitor admin, Map<String, Object> input) {
        admin.documentName("updateProduct")
                .variable("id", String.valueOf(TURNTABLE))
                .variable("input", input)
                .execute()
                .path("updateProduct.userErrors")
                .entityList(UserError.class)
                .hasSize(0);
    }

    private static GraphQlTester.Response search(Visitor caller, String query, Map<String, Object> filter) {
        return caller.documentName("searchWithPrices")
                .variable("q", query)
                .variable("filter", filter)
                .execute();
    }

    private static PricedSearchData searched(Visitor caller, String query, Map<String, Object> filter) {
        return search(caller, query, filter)
                .path("search")
                .entity(PricedSearchData.class)
                .get();
    }

    private Visitor anonymous() {
        return Visitors.anonymous(this.port);
    }

    private Visitor shopper() {
        return Visitors.shopper(this.port, Visitors.uniqueEmail("cache"));
    }

    private Visitor admin() {
        return Visitors.admin(this.port);
    }

    /** {@code SearchResults} as {@code searchWithPrices.graphql} selects it. */
    record PricedSearchData(
            PricedProductsData products,
            FacetsData facets,
            @Nullable String didYouMean) {

        PricedNodeData firstNode() {
            assertThat(this.products.nodes()).as("%s", this).isNotEmpty();
            return this.products.nodes().get(0);
        }
    }

    record PricedProductsData(int totalCount, List<PricedNodeData> nodes) {}

    record PricedNodeData(String slug, Money price, boolean inStock) {}

    record FacetsData(List<CategoryFacetData> categories, int inStock) {}
}
