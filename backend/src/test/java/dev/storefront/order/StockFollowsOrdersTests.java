package dev.storefront.order;

import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.order.Checkout.add;
import static dev.storefront.order.Checkout.codes;
import static dev.storefront.order.Checkout.guestInput;
import static dev.storefront.order.Checkout.place;
import static org.assertj.core.api.Assertions.assertThat;

/** The stock an order takes shows at once: in the product, and in search's inStock filter and facet. */
@StorefrontTest
class StockFollowsOrdersTests {

	static final String SEARCH = "query($q: String!) { search(query: $q) { facets { inStock } products { totalCount } } "
			+ "inStock: search(query: $q, filter: { inStock: true }) { products { totalCount } } }";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser admin;

	String productId;

	@AfterEach
	void deleteProduct() {
		if (this.productId != null) {
			this.jdbc.update("delete from customer_order where id in (select order_id from order_line where product_id = ?)",
					Long.valueOf(this.productId));
			this.admin.graphql("mutation($id: ID!) { deleteProduct(id: $id) { userErrors { code } } }",
					Map.of("id", this.productId));
		}
	}

	@Test
	void buyingTheLastItemsTakesTheProductOutOfTheInStockFacet() {
		this.admin = new Browser(this.port).open();
		this.admin.graphql("mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }",
				Map.of("i", Map.of("email", "admin@storefront.test", "password", "demo-admin-password")));
		String word = "zyxwand" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
		Map<String, Object> created = this.admin.graphql(
				"mutation($i: ProductInput!) { createProduct(input: $i) { product { id } userErrors { code message } } }",
				Map.of("i", Map.of("title", "Stock Follows " + word, "description", "A " + word + " for orders.", "price",
						"7.00", "stock", 3, "slug", "stock-follows-" + word)));
		this.productId = (String) Browser.at(created, "createProduct.product.id");
		assertThat(this.productId).as("created: %s", created).isNotNull();
		Browser guest = new Browser(this.port).open();
		assertThat(Browser.at(guest.graphql(SEARCH, Map.of("q", word)), "search.facets.inStock")).isEqualTo(1);

		add(guest, Long.parseLong(this.productId), 3);
		assertThat(codes(place(guest, guestInput()))).isEmpty();

		Map<String, Object> after = guest.graphql(SEARCH, Map.of("q", word));
		assertThat(Browser.at(after, "search.products.totalCount")).isEqualTo(1);
		assertThat(Browser.at(after, "search.facets.inStock")).isEqualTo(0);
		assertThat(Browser.at(after, "inStock.products.totalCount")).isEqualTo(0);
		Map<String, Object> product = guest.graphql("query($id: ID) { product(id: $id) { stock inStock } }",
				Map.of("id", this.productId));
		assertThat(Browser.at(product, "product.stock")).isEqualTo(0);
		assertThat(Browser.at(product, "product.inStock")).isEqualTo(false);
	}

}
