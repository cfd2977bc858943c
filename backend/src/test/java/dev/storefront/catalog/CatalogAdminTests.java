package dev.storefront.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.storefront.Answers.Money;
import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Answers.classifiedAs;
import static dev.storefront.Answers.codes;
import static dev.storefront.Answers.errorsText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating, updating and deleting products: admins only, enforced by the API whatever the
 * client; bad input reported as userErrors with nothing written. Every product made here has a
 * slug starting with {@code admin-test-} and is removed afterwards, so the shared catalog stays
 * as the other tests expect it.
 */
@StorefrontTest
class CatalogAdminTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestProducts() {
        this.jdbc.update("delete from product where slug like 'admin-test-%'");
    }

    @Test
    void onlyAdminsMayCreateUpdateOrDeleteProducts() {
        String tentId = idOf("summit-tent");
        Map<String, Object> draft = draft("Admin Test Lamp");
        for (Visitor caller : List.of(anonymous(), shopper())) {
            String expected = (caller.cookie("SESSION") == null) ? "UNAUTHORIZED" : "FORBIDDEN";
            create(caller, draft).errors().satisfy(classifiedAs(expected));
            update(caller, tentId, Map.of("price", "1.00")).errors().satisfy(classifiedAs(expected));
            delete(caller, tentId).errors().satisfy(classifiedAs(expected));
        }
        assertThat(testProducts()).isZero();
        assertThat(this.jdbc.queryForObject("select price from product where slug = 'summit-tent'", String.class))
                .isEqualTo("500.00");
        assertThat(this.jdbc.queryForObject("select active from product where slug = 'summit-tent'", Boolean.class))
                .isTrue();

        ProductPayloadData created = created(admin(), draft);
        assertThat(created.userErrors()).isEmpty();
        assertThat(created.product().slug()).isEqualTo("admin-test-lamp");
        assertThat(created.product().price()).isEqualTo(Money.of("24.50"));
        assertThat(created.product().category().slug()).isEqualTo("kitchen");
        assertThat(created.product().tags()).isEqualTo(List.of("desk", "light"));
        assertThat(created.product().active()).isTrue();
        assertThat(created.product().featured()).isFalse();
    }

    @Test
    void aCreatedProductIsInTheShopAtOnce() {
        created(admin(), draft("Admin Test Kettle"));
        anonymous()
                .documentName("productBySlug")
                .variable("slug", "admin-test-kettle")
                .execute()
                .path("product.title")
                .entity(String.class)
                .isEqualTo("Admin Test Kettle")
                .path("product.inStock")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    @Test
    void slugsAreMadeFromTitlesAndKeptUnique() {
        Visitor admin = admin();
        String first = created(admin, draft("Admin Test: Café Mug!")).product().slug();
        String second = created(admin, draft("Admin Test: Café Mug!")).product().slug();
        assertThat(first).isEqualTo("admin-test-cafe-mug");
        assertThat(second).isEqualTo("admin-test-cafe-mug-2");
    }

    @Test
    void aTakenSlugIsRefused() {
        Map<String, Object> input = new HashMap<>(draft("Admin Test Tent"));
        input.put("slug", "summit-tent");
        assertThat(codes(created(admin(), input).userErrors())).containsExactly("SLUG_TAKEN");
        assertThat(testProducts()).isZero();
    }

    @Test
    void invalidInputIsReportedFieldByFieldAndNothingIsWritten() {
        Map<String, Object> input = Map.of(
                "title",
                "  ",
                "slug",
                "Not A Slug",
                "description",
                "x".repeat(4001),
                "price",
                "-1",
                "stock",
                3,
                "categorySlug",
                "no-such-category",
                "tags",
                List.of("ok", " "));
        ProductPayloadData response = created(admin(), input);
        assertThat(inputFields(response))
                .containsExactlyInAnyOrder("title", "slug", "description", "price", "categorySlug", "tags");
        assertThat(codes(response.userErrors())).containsOnly("INVALID");
        assertThat(response.product()).isNull();
        assertThat(this.jdbc.queryForObject(
                        "select count(*) from product where description = ?", Integer.class, "x".repeat(4001)))
                .isZero();
    }

    @Test
    void aPriceWithMoreThanTwoDecimalsIsInvalid() {
        Map<String, Object> input = new HashMap<>(draft("Admin Test Pen"));
        input.put("price", "1.999");
        assertThat(inputFields(created(admin(), input))).containsExactly("price");
        input.put("price", "1.990");
        assertThat(created(admin(), input).product().price()).isEqualTo(Money.of("1.99"));
    }

    @Test
    void negativeStockAndMalformedImageUrlsAreRefusedByTheSchema() {
        Map<String, Object> input = new HashMap<>(draft("Admin Test Cup"));
        input.put("stock", -1);
        create(admin(), input).errors().satisfy(classifiedAs("ValidationError"));
        input.put("stock", 1);
        input.put("imageUrl", "not a url");
        create(admin(), input).errors().satisfy(classifiedAs("ValidationError"));
        assertThat(testProducts()).isZero();
    }

    @Test
    void imageUrlsTheShopCouldNotReadBackAreRefusedByTheSchema() {
        Visitor admin = admin();
        for (String url : List.of(
                "http://a/b c",
                "https://example.com/a%zz",
                "/images/products/cup.svg",
                "mailto:cups@example.com",
                "http://",
                "https://example.com/" + "a".repeat(2048))) {
            Map<String, Object> input = new HashMap<>(draft("Admin Test Cup"));
            input.put("imageUrl", url);
            GraphQlTester.Response response = create(admin, input);
            response.errors().satisfy(classifiedAs("ValidationError"));
            assertThat(errorsText(response)).as(url).contains("'Url'").doesNotContain(url);
        }
        assertThat(testProducts()).isZero();
        Map<String, Object> ftp = new HashMap<>(draft("Admin Test Cup"));
        ftp.put("imageUrl", "ftp://example.com/cup.svg");
        assertThat(inputFields(created(admin, ftp))).containsExactly("imageUrl");
        assertThat(testProducts()).isZero();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aStoredImageUrlThatIsNoUrlShowsNoImageAndBreaksNoPage(CapturedOutput log) {
        String id = created(admin(), draft("Admin Test Frame")).product().id();
        for (String stored :
                List.of("http://a/b c", "https://example.com/a%zz", "javascript:alert(1)", "/images/a b.svg")) {
            this.jdbc.update("update product set image_url = ? where id = ?", stored, Long.valueOf(id));
            Visitor shopper = anonymous();
            shopper.documentName("productBySlug")
                    .variable("slug", "admin-test-frame")
                    .execute()
                    .path("product.title")
                    .entity(String.class)
                    .isEqualTo("Admin Test Frame")
                    .path("product.imageUrl")
                    .valueIsNull();
            List<PageNodeData> page = shopper.documentName("catalogPage")
                    .variable("first", 100)
                    .execute()
                    .path("products.nodes")
                    .entityList(PageNodeData.class)
                    .get();
            assertThat(page)
                    .as(stored)
                    .filteredOn((node) -> node.slug().equals("admin-test-frame"))
                    .singleElement()
                    .satisfies((node) -> assertThat(node.imageUrl()).isNull());
        }
        assertThat(log.getOut()).contains("Product " + id + " has an image URL");
    }

    @Test
    void anUpdateChangesOnlyTheGivenFields() {
        Visitor admin = admin();
        String id = created(admin, draft("Admin Test Vase")).product().id();
        ProductData updated = updated(admin, id, Map.of("price", "30")).product();
        assertThat(updated.price()).isEqualTo(Money.of("30.00"));
        assertThat(updated.title()).isEqualTo("Admin Test Vase");
        assertThat(updated.category().slug()).isEqualTo("kitchen");
        Map<String, Object> input = new HashMap<>();
        input.put("categorySlug", null);
        assertThat(updated(admin, id, input).product().category())
                .as("an explicit null removes the category")
                .isNull();
    }

    @Test
    void aStaleUpdateIsRefusedAndChangesNothing() {
        Visitor admin = admin();
        ProductData created = created(admin, draft("Admin Test Clock")).product();
        String readAt = created.updatedAt();
        ProductPayloadData fresh = updated(admin, created.id(), Map.of("stock", 9, "expectedUpdatedAt", readAt));
        assertThat(fresh.userErrors()).as("the updatedAt just read is current").isEmpty();
        assertThat(fresh.product().stock()).isEqualTo(9);
        ProductPayloadData stale = updated(admin, created.id(), Map.of("price", "99.00", "expectedUpdatedAt", readAt));
        assertThat(codes(stale.userErrors())).containsExactly("STALE_OBJECT");
        assertThat(this.jdbc.queryForObject(
                        "select price from product where id = ?", String.class, Long.valueOf(created.id())))
                .isEqualTo("24.50");
    }

    @Test
    void deletingArchivesTheProduct() {
        Visitor admin = admin();
        String id = created(admin, draft("Admin Test Rug")).product().id();
        delete(admin, id)
                .path("deleteProduct.deletedProductId")
                .entity(String.class)
                .isEqualTo(id);
        anonymous()
                .documentName("productBySlug")
                .variable("slug", "admin-test-rug")
                .execute()
                .path("product")
                .valueIsNull();
        admin.documentName("productBySlug")
                .variable("slug", "admin-test-rug")
                .execute()
                .path("product.active")
                .entity(Boolean.class)
                .isEqualTo(false);
        delete(admin, "987654321")
                .path("deleteProduct.userErrors[*].code")
                .entityList(String.class)
                .containsExactly("NOT_FOUND");
    }

    @Test
    void onlyAdminsMayListInactiveProducts() {
        inactiveToo(anonymous()).errors().satisfy(classifiedAs("UNAUTHORIZED"));
        inactiveToo(shopper()).errors().satisfy(classifiedAs("FORBIDDEN"));
        inactiveToo(admin())
                .path("products.nodes[*].slug")
                .entityList(String.class)
                .contains("retro-toaster");
    }

    private static GraphQlTester.Response inactiveToo(Visitor caller) {
        return caller.documentName("products")
                .variable("first", 100)
                .variable("filter", Map.of("includeInactive", true))
                .execute();
    }

    /** A product's input; the tags come back lower case, without the duplicate. */
    static Map<String, Object> draft(String title) {
        return Map.of(
                "title",
                title,
                "description",
                "Made for tests.",
                "price",
                "24.5",
                "stock",
                7,
                "categorySlug",
                "kitchen",
                "tags",
                List.of("Light", "desk", "light"));
    }

    static GraphQlTester.Response create(Visitor caller, Map<String, Object> input) {
        return caller.documentName("createProduct").variable("input", input).execute();
    }

    static ProductPayloadData created(Visitor caller, Map<String, Object> input) {
        return create(caller, input)
                .path("createProduct")
                .entity(ProductPayloadData.class)
                .get();
    }

    static GraphQlTester.Response update(Visitor caller, String id, Map<String, @Nullable Object> input) {
        return caller.documentName("updateProduct")
                .variable("id", id)
                .variable("input", input)
                .execute();
    }

    static ProductPayloadData updated(Visitor caller, String id, Map<String, @Nullable Object> input) {
        return update(caller, id, input)
                .path("updateProduct")
                .entity(ProductPayloadData.class)
                .get();
    }

    private static GraphQlTester.Response delete(Visitor caller, String id) {
        return caller.documentName("deleteProduct").variable("id", id).execute();
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

    private String idOf(String slug) {
        return this.jdbc.queryForObject("select id from product where slug = ?", String.class, slug);
    }

    private int testProducts() {
        return this.jdbc.queryForObject("select count(*) from product where slug like 'admin-test-%'", Integer.class);
    }

    /** The input field of each user error: {@code price} of {@code [input, price]}. */
    private static List<String> inputFields(ProductPayloadData response) {
        return response.userErrors().stream()
                .map((error) -> error.field().get(1))
                .toList();
    }

    /** {@code Product} as {@code ProductFields} selects it. */
    record ProductData(
            String id,
            String slug,
            String title,
            String description,
            Money price,
            int stock,
            boolean active,
            boolean featured,
            @Nullable CategoryData category,
            List<String> tags,
            @Nullable String imageUrl,
            String updatedAt) {}

    record CategoryData(String slug) {}

    /** {@code ProductPayload}. */
    record ProductPayloadData(@Nullable ProductData product, List<UserError> userErrors) {}

    /** A product of {@code catalogPage.graphql}, as far as this test reads it. */
    record PageNodeData(String slug, @Nullable String imageUrl) {}
}
