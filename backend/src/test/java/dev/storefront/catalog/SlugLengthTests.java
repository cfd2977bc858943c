package dev.storefront.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.storefront.SqlStatements;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import dev.storefront.catalog.CatalogAdminTests.ProductPayloadData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Answers.classifiedAs;
import static dev.storefront.Answers.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slug is at most 120 characters wherever the API takes one: a longer one is refused before
 * anything looks it up or remembers it (a stranger filled the heap with filters of long slugs),
 * with an error naming the argument and the limit but never the value; 120 is an ordinary slug.
 */
@StorefrontTest
class SlugLengthTests {

    static final String LONGEST = "a".repeat(120);

    static final String TOO_LONG = "b".repeat(121);

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    SqlStatements sql;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void clearStatements() {
        this.sql.clear();
    }

    @Test
    void aProductSlugOverTheLimitIsABadRequestNotALookup() {
        this.graphQl
                .documentName("productBySlug")
                .variable("slug", TOO_LONG)
                .execute()
                .errors()
                .expect((error) -> refused(error, "slug"))
                .verify()
                .path("product")
                .valueIsNull();
        assertThat(this.sql.mentioning("from product")).isEmpty();
    }

    @Test
    void aProductSlugOfTheLongestLengthIsAnOrdinaryLookup() {
        this.graphQl
                .documentName("productBySlug")
                .variable("slug", LONGEST)
                .execute()
                .path("product")
                .valueIsNull();
        assertThat(this.sql.mentioning("from product")).isNotEmpty();
    }

    @Test
    void anAdminsProductSlugOverTheLimitIsABadRequestToo() {
        GraphQlTester.Response response =
                admin().documentName("productBySlug").variable("slug", TOO_LONG).execute();
        response.errors().satisfy(classifiedAs("BAD_REQUEST"));
        assertThat(text(response)).doesNotContain(TOO_LONG);
    }

    @Test
    void aCategorySlugOverTheLimitIsABadRequest() {
        this.graphQl
                .document("query C($slug: String!) { category(slug: $slug) { name } }")
                .variable("slug", TOO_LONG)
                .execute()
                .errors()
                .expect((error) -> refused(error, "slug"))
                .verify()
                .path("category")
                .valueIsNull();
        this.graphQl
                .document("query C($slug: String!) { category(slug: $slug) { name } }")
                .variable("slug", LONGEST)
                .execute()
                .path("category")
                .valueIsNull();
    }

    @Test
    void manyFiltersOfLongCategorySlugsAreRefusedBeforeAnyQueryOrCount() {
        for (int request = 0; request < 20; request++) {
            this.graphQl
                    .documentName("products")
                    .variable("filter", Map.of("categorySlugs", slugs(request, TOO_LONG.length())))
                    .execute()
                    .errors()
                    .expect((error) -> refused(error, "filter.categorySlugs"))
                    .verify();
        }
        assertThat(this.sql.mentioning("from product"))
                .as("no page and no count was asked for")
                .isEmpty();

        this.graphQl
                .documentName("products")
                .variable("filter", Map.of("categorySlugs", slugs(20, LONGEST.length())))
                .execute()
                .path("products.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
        assertThat(this.sql.mentioning("select count"))
                .as("slugs of the longest length are counted")
                .isNotEmpty();
    }

    @Test
    void searchRefusesCategorySlugsOverTheLimitToo() {
        this.graphQl
                .document("query S($filter: ProductFilter) { search(query: \"lamp\", filter: $filter) "
                        + "{ products { totalCount } facets { inStock } } }")
                .variable("filter", Map.of("categorySlugs", List.of("kitchen", TOO_LONG)))
                .execute()
                .errors()
                .expect((error) -> refused(error, "filter.categorySlugs"))
                .verify();
    }

    @Test
    void aProductsCategorySlugOverTheLimitIsInvalidAndNotLookedUp() {
        Visitor admin = admin();
        this.sql.clear();
        Map<String, Object> input = new HashMap<>(Map.of(
                "title",
                "Admin Test Slug Lamp",
                "description",
                "For tests.",
                "price",
                "10",
                "stock",
                1,
                "categorySlug",
                TOO_LONG));
        ProductPayloadData created = CatalogAdminTests.created(admin, input);
        assertThat(created.product()).isNull();
        assertThat(created.userErrors())
                .asString()
                .contains("INVALID", "categorySlug", "120")
                .doesNotContain(TOO_LONG);

        String tentId = this.jdbc.queryForObject("select id from product where slug = 'summit-tent'", String.class);
        ProductPayloadData updated = CatalogAdminTests.updated(admin, tentId, Map.of("categorySlug", TOO_LONG));
        assertThat(updated.userErrors())
                .asString()
                .contains("INVALID", "categorySlug", "120")
                .doesNotContain(TOO_LONG);
        assertThat(this.sql.mentioning("from category"))
                .as("no category was looked up")
                .isEmpty();
        assertThat(this.jdbc.queryForObject(
                        "select count(*) from product where slug like 'admin-test-%'", Integer.class))
                .isZero();
        assertThat(this.jdbc.queryForObject(
                        "select c.slug from product p join category c on c.id = p.category_id where p.slug = 'summit-tent'",
                        String.class))
                .isEqualTo("outdoor");
    }

    @Test
    void anUnknownCategorySlugIsReportedWithoutEchoingIt() {
        Map<String, Object> input = Map.of(
                "title",
                "Admin Test Echo Lamp",
                "description",
                "For tests.",
                "price",
                "10",
                "stock",
                1,
                "categorySlug",
                "no-such-category-xyz");
        ProductPayloadData created = CatalogAdminTests.created(admin(), input);
        assertThat(created.userErrors())
                .asString()
                .contains("INVALID", "categorySlug")
                .doesNotContain("no-such-category-xyz");
    }

    /** Fifty distinct slugs of the given length, distinct per request too. */
    private static List<String> slugs(int request, int length) {
        return IntStream.range(0, 50)
                .mapToObj((i) -> String.format("%0" + length + "d", request * 100L + i))
                .toList();
    }

    private static boolean refused(ResponseError error, String argument) {
        return "BAD_REQUEST".equals(error.getErrorType().toString())
                && error.getMessage() != null
                && error.getMessage().contains(argument)
                && error.getMessage().contains("120")
                && !error.getMessage().contains("bbbbbbbbbb")
                && !error.getMessage().contains("0000000000");
    }

    private Visitor admin() {
        return Visitors.admin(this.port);
    }
}
