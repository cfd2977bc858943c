package dev.storefront.order;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.storefront.Browser;

import static dev.storefront.Browser.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The order operations as the SPA sends them, the callers tests need, and small readers of answers. */
final class OrderOperations {

	static final String ORDER_FIELDS = """
			number status email placedAt updatedAt
			shippingAddress { name line1 line2 city postalCode region countryCode }
			subtotal { amount currencyCode } shipping { amount } tax { amount } total { amount }
			lines { productId title slug quantity unitPrice { amount } lineTotal { amount } product { id title active } }
			customer { id email }""";

	static final String ORDER = "query Order($n: String!) { order(number: $n) { " + ORDER_FIELDS + " } }";

	static final String MY_ORDERS = "query MyOrders($first: Int, $after: String) { myOrders(first: $first, after: $after) { "
			+ "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { number } } "
			+ "nodes { " + ORDER_FIELDS + " } } }";

	static final String ME_ORDERS = "query MeOrders { me { id orders(first: 10) { totalCount nodes { number } } } }";

	static final String ORDERS = "query Orders($filter: OrderFilter, $first: Int, $after: String) { "
			+ "orders(filter: $filter, first: $first, after: $after) { totalCount "
			+ "pageInfo { hasNextPage endCursor } nodes { number status email customer { email } } } }";

	static final String CANCEL = "mutation Cancel($n: String!) { cancelOrder(number: $n) { order { number status } "
			+ "userErrors { code field message } } }";

	static final String MARK_PAID = "mutation Paid($n: String!) { markOrderPaid(number: $n) { order { number status } "
			+ "userErrors { code field message } } }";

	static final String MARK_SHIPPED = "mutation Shipped($n: String!) { markOrderShipped(number: $n) { "
			+ "order { number status } userErrors { code field message } } }";

	static final String ADD_TO_CART = "mutation Add($id: ID!) { addToCart(productId: $id, quantity: 1) { cart { id } } }";

	private static final String REGISTER = "mutation Register($input: RegisterInput!) { register(input: $input) { "
			+ "customer { id } userErrors { code } } }";

	private static final String LOGIN = "mutation Login($input: LoginInput!) { login(input: $input) { "
			+ "customer { roles } userErrors { code } } }";

	private OrderOperations() {
	}

	static Browser anonymous(int port) {
		return new Browser(port).open();
	}

	/** A guest with a session (a cart write made it), as a guest who checked out has. */
	static Browser guestWithSession(int port, String productId) {
		Browser browser = anonymous(port);
		browser.graphql(ADD_TO_CART, Map.of("id", productId));
		assertThat(browser.cookie("SESSION")).isNotNull();
		return browser;
	}

	/** A new shopper with this email, signed in. */
	static Browser shopper(int port, String email) {
		Browser browser = anonymous(port);
		Map<String, Object> response = browser.graphql(REGISTER,
				Map.of("input", Map.of("email", email, "password", "correct horse battery", "name", "Order Shopper")));
		assertThat(at(response, "register.customer.id")).isNotNull();
		return browser;
	}

	static String newEmail() {
		return "orders-" + UUID.randomUUID() + "@example.com";
	}

	static Browser admin(int port) {
		Browser browser = anonymous(port);
		Map<String, Object> login = browser.graphql(LOGIN,
				Map.of("input", Map.of("email", "admin@storefront.test", "password", "demo-admin-password")));
		assertThat(at(login, "login.customer.roles")).isEqualTo(List.of("SHOPPER", "ADMIN"));
		return browser;
	}

	static Map<String, Object> order(Browser browser, String number) {
		return browser.graphql(ORDER, Map.of("n", number));
	}

	static Map<String, Object> run(Browser browser, String mutation, String number) {
		return browser.graphql(mutation, Map.of("n", number));
	}

	@SuppressWarnings("unchecked")
	static List<String> codes(Map<String, Object> response, String mutation) {
		return ((List<Map<String, Object>>) at(response, mutation + ".userErrors")).stream()
			.map((error) -> (String) error.get("code"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	static List<String> numbers(Map<String, Object> response, String connection) {
		return ((List<Map<String, Object>>) at(response, connection + ".nodes")).stream()
			.map((order) -> (String) order.get("number"))
			.toList();
	}

}
