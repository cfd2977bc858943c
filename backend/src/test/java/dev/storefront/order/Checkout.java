package dev.storefront.order;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checkout as the SPA does it, for tests: products of their own (made behind the API's back and
 * removed after, with the orders placed for them), a cart, and {@code placeOrder}.
 */
final class Checkout {

	static final String ORDER_FIELDS = """
			id: number number status email paymentMethod { code name instructions }
			shippingAddress { name line1 line2 city postalCode region countryCode }
			subtotal { amount currencyCode } shipping { amount } tax { amount } total { amount }
			lines { productId title slug quantity unitPrice { amount } lineTotal { amount } }""";

	static final String PLACE = "mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { order { "
			+ ORDER_FIELDS + " } cart { id totalQuantity lines { quantity product { slug } } } replayed "
			+ "shortages { productId title requested available } userErrors { code field message } } }";

	static final String CHECKOUT = "{ cart { checkout { subtotal { amount } shipping { amount } tax { amount } "
			+ "total { amount } freeShippingFrom { amount } } } }";

	static final String ADD = "mutation($p: ID!, $q: PositiveInt!) { addToCart(productId: $p, quantity: $q) "
			+ "{ userErrors { code } } }";

	/** Guests' orders in tests go to this domain, so that they can be removed after. */
	static final String EMAIL_DOMAIN = "@checkout.test";

	private final JdbcTemplate jdbc;

	private final String prefix;

	Checkout(JdbcTemplate jdbc, String prefix) {
		this.jdbc = jdbc;
		this.prefix = prefix;
	}

	/** A new product on sale, in no search index; its id. */
	long product(String price, int stock) {
		String slug = this.prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				insert into product (slug, title, description, price, stock, featured, active, created_at,
				  updated_at, version)
				values (?, ?, 'For checkout tests.', ?, ?, false, true, now(), now(), 0)""", slug,
				"Title of " + slug, new BigDecimal(price), stock);
		return this.jdbc.queryForObject("select id from product where slug = ?", Long.class, slug);
	}

	int stock(long productId) {
		return this.jdbc.queryForObject("select stock from product where id = ?", Integer.class, productId);
	}

	int orderCount() {
		return this.jdbc.queryForObject("select count(*) from customer_order where email like ?", Integer.class,
				"%" + EMAIL_DOMAIN);
	}

	/** Removes this test's products, the cart lines and orders that hold them. */
	void removeAll() {
		String like = this.prefix + "-%";
		this.jdbc.update("delete from customer_order where id in (select order_id from order_line where slug like ?)",
				like);
		this.jdbc.update("delete from customer_order where email like ?", "%" + EMAIL_DOMAIN);
		this.jdbc.update("delete from cart_line where product_id in (select id from product where slug like ?)", like);
		this.jdbc.update("delete from product where slug like ?", like);
	}

	static Map<String, Object> add(Browser browser, long productId, int quantity) {
		return browser.graphql(ADD, Map.of("p", String.valueOf(productId), "q", quantity));
	}

	static Map<String, Object> address() {
		Map<String, Object> address = new HashMap<>();
		address.put("name", "Ada Lovelace");
		address.put("line1", "12 St James's Square");
		address.put("city", "London");
		address.put("postalCode", "SW1Y 4JH");
		address.put("countryCode", "gb");
		return address;
	}

	/** A guest's input with a new key. */
	static Map<String, Object> guestInput() {
		Map<String, Object> input = new HashMap<>();
		input.put("email", "Guest-" + UUID.randomUUID() + EMAIL_DOMAIN);
		input.put("shippingAddress", address());
		input.put("idempotencyKey", UUID.randomUUID().toString());
		return input;
	}

	static Map<String, Object> place(Browser browser, Map<String, Object> input) {
		return browser.graphql(PLACE, Map.of("input", input));
	}

	@SuppressWarnings("unchecked")
	static @Nullable Map<String, Object> order(Map<String, Object> response) {
		return (Map<String, Object>) Browser.at(response, "placeOrder.order");
	}

	@SuppressWarnings("unchecked")
	static List<String> codes(Map<String, Object> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) Browser.at(response, "placeOrder.userErrors");
		if (errors == null) {
			throw new AssertionError("No placeOrder payload: " + response);
		}
		return errors.stream().map((error) -> (String) error.get("code")).toList();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> errors(Map<String, Object> response) {
		return (List<Map<String, Object>>) Browser.at(response, "placeOrder.userErrors");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> shortages(Map<String, Object> response) {
		return (List<Map<String, Object>>) Browser.at(response, "placeOrder.shortages");
	}

}
