package dev.storefront.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.Browser.at;
import static dev.storefront.Browser.errorClassification;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating, updating and deleting products: admins only, enforced by the API whatever the
 * client; bad input reported as userErrors with nothing written. Every product made here has a
 * slug starting with {@code admin-test-} and is removed afterwards, so the shared catalog stays
 * as the other tests expect it.
 */
@StorefrontTest
class CatalogAdminTests {

	static final String CREATE = """
			mutation Create($input: ProductInput!) {
			  createProduct(input: $input) {
			    product { id slug title description price { amount } stock active featured category { slug } tags imageUrl updatedAt }
			    userErrors { code field message }
			  }
			}""";

	static final String UPDATE = """
			mutation Update($id: ID!, $input: ProductUpdateInput!) {
			  updateProduct(id: $id, input: $input) {
			    product { id slug title price { amount } stock active category { slug } tags imageUrl updatedAt }
			    userErrors { code field message }
			  }
			}""";

	static final String DELETE = """
			mutation Delete($id: ID!) {
			  deleteProduct(id: $id) { deletedProductId userErrors { code field message } }
			}""";

	static final String LOGIN = """
			mutation Login($input: LoginInput!) { login(input: $input) { customer { roles } userErrors { code } } }""";

	static final String REGISTER = """
			mutation Register($input: RegisterInput!) { register(input: $input) { customer { roles } userErrors { code } } }""";

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
		Map<String, Object> priceChange = Map.of("id", tentId, "input", Map.of("price", "1.00"));
		for (Browser caller : List.of(anonymous(), shopper())) {
			String expected = (caller.cookie("SESSION") == null) ? "UNAUTHORIZED" : "FORBIDDEN";
			assertThat(errorClassification(caller.graphql(CREATE, Map.of("input", draft)))).isEqualTo(expected);
			assertThat(errorClassification(caller.graphql(UPDATE, priceChange))).isEqualTo(expected);
			assertThat(errorClassification(caller.graphql(DELETE, Map.of("id", tentId)))).isEqualTo(expected);
		}
		assertThat(testProducts()).isZero();
		assertThat(this.jdbc.queryForObject("select price from product where slug = 'summit-tent'", String.class))
			.isEqualTo("500.00");
		assertThat(this.jdbc.queryForObject("select active from product where slug = 'summit-tent'", Boolean.class))
			.isTrue();

		Map<String, Object> created = admin().graphql(CREATE, Map.of("input", draft));
		assertThat(at(created, "createProduct.userErrors")).isEqualTo(List.of());
		assertThat(at(created, "createProduct.product.slug")).isEqualTo("admin-test-lamp");
		assertThat(at(created, "createProduct.product.price.amount")).isEqualTo("24.50");
		assertThat(at(created, "createProduct.product.category.slug")).isEqualTo("kitchen");
		assertThat(at(created, "createProduct.product.tags")).isEqualTo(List.of("desk", "light"));
		assertThat(at(created, "createProduct.product.active")).isEqualTo(true);
		assertThat(at(created, "createProduct.product.featured")).isEqualTo(false);
	}

	@Test
	void aCreatedProductIsInTheShopAtOnce() {
		admin().graphql(CREATE, Map.of("input", draft("Admin Test Kettle")));
		Map<String, Object> shop = anonymous().graphql("{ product(slug: \"admin-test-kettle\") { title stock inStock } }");
		assertThat(at(shop, "product.title")).isEqualTo("Admin Test Kettle");
		assertThat(at(shop, "product.inStock")).isEqualTo(true);
	}

	@Test
	void slugsAreMadeFromTitlesAndKeptUnique() {
		Browser admin = admin();
		Object first = at(admin.graphql(CREATE, Map.of("input", draft("Admin Test: Café Mug!"))), "createProduct.product.slug");
		Object second = at(admin.graphql(CREATE, Map.of("input", draft("Admin Test: Café Mug!"))), "createProduct.product.slug");
		assertThat(first).isEqualTo("admin-test-cafe-mug");
		assertThat(second).isEqualTo("admin-test-cafe-mug-2");
	}

	@Test
	void aTakenSlugIsRefused() {
		Map<String, Object> input = new HashMap<>(draft("Admin Test Tent"));
		input.put("slug", "summit-tent");
		assertThat(codes(admin().graphql(CREATE, Map.of("input", input)), "createProduct")).containsExactly("SLUG_TAKEN");
		assertThat(testProducts()).isZero();
	}

	@Test
	void invalidInputIsReportedFieldByFieldAndNothingIsWritten() {
		Map<String, Object> input = Map.of("title", "  ", "slug", "Not A Slug", "description", "x".repeat(4001),
				"price", "-1", "stock", 3, "categorySlug", "no-such-category", "tags", List.of("ok", " "));
		Map<String, Object> response = admin().graphql(CREATE, Map.of("input", input));
		assertThat(fields(response, "createProduct")).containsExactlyInAnyOrder("title", "slug", "description", "price",
				"categorySlug", "tags");
		assertThat(codes(response, "createProduct")).containsOnly("INVALID");
		assertThat(at(response, "createProduct.product")).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from product where description = ?", Integer.class,
				"x".repeat(4001))).isZero();
	}

	@Test
	void aPriceWithMoreThanTwoDecimalsIsInvalid() {
		Map<String, Object> input = new HashMap<>(draft("Admin Test Pen"));
		input.put("price", "1.999");
		assertThat(fields(admin().graphql(CREATE, Map.of("input", input)), "createProduct")).containsExactly("price");
		input.put("price", "1.990");
		assertThat(at(admin().graphql(CREATE, Map.of("input", input)), "createProduct.product.price.amount"))
			.isEqualTo("1.99");
	}

	@Test
	void negativeStockAndMalformedImageUrlsAreRefusedByTheSchema() {
		Map<String, Object> input = new HashMap<>(draft("Admin Test Cup"));
		input.put("stock", -1);
		assertThat(errorClassification(admin().graphql(CREATE, Map.of("input", input)))).isEqualTo("ValidationError");
		input.put("stock", 1);
		input.put("imageUrl", "not a url");
		assertThat(errorClassification(admin().graphql(CREATE, Map.of("input", input)))).isEqualTo("ValidationError");
		assertThat(testProducts()).isZero();
	}

	@Test
	void imageUrlsTheShopCouldNotReadBackAreRefusedByTheSchema() {
		Browser admin = admin();
		for (String url : List.of("http://a/b c", "https://example.com/a%zz", "/images/products/cup.svg",
				"mailto:cups@example.com", "http://", "https://example.com/" + "a".repeat(2048))) {
			Map<String, Object> input = new HashMap<>(draft("Admin Test Cup"));
			input.put("imageUrl", url);
			Map<String, Object> response = admin.graphql(CREATE, Map.of("input", input));
			assertThat(errorClassification(response)).as(url).isEqualTo("ValidationError");
			assertThat(response.get("errors").toString()).as(url).contains("'Url'").doesNotContain(url);
		}
		assertThat(testProducts()).isZero();
		Map<String, Object> ftp = new HashMap<>(draft("Admin Test Cup"));
		ftp.put("imageUrl", "ftp://example.com/cup.svg");
		assertThat(fields(admin.graphql(CREATE, Map.of("input", ftp)), "createProduct")).containsExactly("imageUrl");
		assertThat(testProducts()).isZero();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aStoredImageUrlThatIsNoUrlShowsNoImageAndBreaksNoPage(CapturedOutput log) {
		Browser admin = admin();
		String id = (String) at(admin.graphql(CREATE, Map.of("input", draft("Admin Test Frame"))), "createProduct.product.id");
		for (String stored : List.of("http://a/b c", "https://example.com/a%zz", "javascript:alert(1)", "/images/a b.svg")) {
			this.jdbc.update("update product set image_url = ? where id = ?", stored, Long.valueOf(id));
			Map<String, Object> page = anonymous().graphql(
					"{ product(slug: \"admin-test-frame\") { title imageUrl } products(first: 100) { nodes { slug imageUrl } } }");
			assertThat(page.get("errors")).as(stored).isNull();
			assertThat(at(page, "product.title")).isEqualTo("Admin Test Frame");
			assertThat(at(page, "product.imageUrl")).as(stored).isNull();
			assertThat(at(page, "products.nodes").toString()).contains("slug=admin-test-frame, imageUrl=null");
		}
		assertThat(log.getOut()).contains("Product " + id + " has an image URL");
	}

	@Test
	void anUpdateChangesOnlyTheGivenFields() {
		Browser admin = admin();
		String id = (String) at(admin.graphql(CREATE, Map.of("input", draft("Admin Test Vase"))), "createProduct.product.id");
		Map<String, Object> updated = admin.graphql(UPDATE, Map.of("id", id, "input", Map.of("price", "30")));
		assertThat(at(updated, "updateProduct.product.price.amount")).isEqualTo("30.00");
		assertThat(at(updated, "updateProduct.product.title")).isEqualTo("Admin Test Vase");
		assertThat(at(updated, "updateProduct.product.category.slug")).isEqualTo("kitchen");
		Map<String, Object> input = new HashMap<>();
		input.put("categorySlug", null);
		assertThat(at(admin.graphql(UPDATE, Map.of("id", id, "input", input)), "updateProduct.product.category"))
			.as("an explicit null removes the category").isNull();
	}

	@Test
	void aStaleUpdateIsRefusedAndChangesNothing() {
		Browser admin = admin();
		Map<String, Object> created = admin.graphql(CREATE, Map.of("input", draft("Admin Test Clock")));
		String id = (String) at(created, "createProduct.product.id");
		String readAt = (String) at(created, "createProduct.product.updatedAt");
		Map<String, Object> fresh = admin.graphql(UPDATE,
				Map.of("id", id, "input", Map.of("stock", 9, "expectedUpdatedAt", readAt)));
		assertThat(at(fresh, "updateProduct.userErrors")).as("the updatedAt just read is current").isEqualTo(List.of());
		assertThat(at(fresh, "updateProduct.product.stock")).isEqualTo(9);
		Map<String, Object> stale = admin.graphql(UPDATE,
				Map.of("id", id, "input", Map.of("price", "99.00", "expectedUpdatedAt", readAt)));
		assertThat(codes(stale, "updateProduct")).containsExactly("STALE_OBJECT");
		assertThat(this.jdbc.queryForObject("select price from product where id = ?", String.class, Long.valueOf(id)))
			.isEqualTo("24.50");
	}

	@Test
	void deletingArchivesTheProduct() {
		Browser admin = admin();
		String id = (String) at(admin.graphql(CREATE, Map.of("input", draft("Admin Test Rug"))), "createProduct.product.id");
		assertThat(at(admin.graphql(DELETE, Map.of("id", id)), "deleteProduct.deletedProductId")).isEqualTo(id);
		assertThat(at(anonymous().graphql("{ product(slug: \"admin-test-rug\") { id } }"), "product")).isNull();
		assertThat(at(admin.graphql("{ product(slug: \"admin-test-rug\") { active } }"), "product.active"))
			.isEqualTo(false);
		assertThat(codes(admin.graphql(DELETE, Map.of("id", "987654321")), "deleteProduct")).containsExactly("NOT_FOUND");
	}

	@Test
	void onlyAdminsMayListInactiveProducts() {
		String query = "{ products(first: 100, filter: {includeInactive: true}) { nodes { slug } } }";
		assertThat(errorClassification(anonymous().graphql(query))).isEqualTo("UNAUTHORIZED");
		assertThat(errorClassification(shopper().graphql(query))).isEqualTo("FORBIDDEN");
		assertThat(at(admin().graphql(query), "products.nodes").toString()).contains("retro-toaster");
	}

	private static Map<String, Object> draft(String title) {
		return Map.of("title", title, "description", "Made for tests.", "price", "24.5", "stock", 7, "categorySlug",
				"kitchen", "tags", List.of("Light", "desk", "light"));
	}

	private Browser anonymous() {
		return new Browser(this.port).open();
	}

	private Browser shopper() {
		Browser browser = new Browser(this.port).open();
		browser.graphql(REGISTER, Map.of("input", Map.of("email", "shopper-" + UUID.randomUUID() + "@example.com",
				"password", "correct horse battery", "name", "Shopper")));
		return browser;
	}

	private Browser admin() {
		Browser browser = new Browser(this.port).open();
		Map<String, Object> login = browser.graphql(LOGIN,
				Map.of("input", Map.of("email", "admin@storefront.test", "password", "demo-admin-password")));
		assertThat(at(login, "login.customer.roles")).isEqualTo(List.of("SHOPPER", "ADMIN"));
		return browser;
	}

	private String idOf(String slug) {
		return this.jdbc.queryForObject("select id from product where slug = ?", String.class, slug);
	}

	private int testProducts() {
		return this.jdbc.queryForObject("select count(*) from product where slug like 'admin-test-%'", Integer.class);
	}

	@SuppressWarnings("unchecked")
	private static List<String> codes(Map<String, Object> response, String mutation) {
		return ((List<Map<String, Object>>) at(response, mutation + ".userErrors")).stream()
			.map((error) -> (String) error.get("code"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> fields(Map<String, Object> response, String mutation) {
		return ((List<Map<String, Object>>) at(response, mutation + ".userErrors")).stream()
			.map((error) -> ((List<String>) error.get("field")).get(1))
			.toList();
	}

}
