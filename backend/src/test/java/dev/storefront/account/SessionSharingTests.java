package dev.storefront.account;

import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.storefront.Browser;
import dev.storefront.StorefrontApplication;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.storefront.Browser.at;
import static dev.storefront.account.AccountOperations.ME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions and carts live in the database: a second application instance on the same database
 * (or the same one after a restart, which is no different) knows the shopper and their cart by
 * the cookie alone.
 */
@StorefrontTest
class SessionSharingTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void aNewInstanceOnTheSameDatabaseKnowsTheSessionAndTheCart() throws Exception {
		Browser browser = new Browser(this.port).open();
		String email = AccountOperations.signedInShopper(browser);
		Browser anonymous = new Browser(this.port).open();
		String knife = (String) at(anonymous.graphql("{ product(slug: \"chefs-knife\") { id } }"), "product.id");
		anonymous.graphql("mutation($p: ID!) { addToCart(productId: $p, quantity: 2) { userErrors { code } } }",
				Map.of("p", knife));
		HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
		// Command-line arguments: they outrank application.yaml's embedded database.
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(StorefrontApplication.class).run(
				"--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + Objects.requireNonNullElse(database.getPassword(), ""),
				"--storefront.demo-catalog.enabled=false", "--spring.flyway.enabled=false",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"--storefront.search.rebuild-when-out-of-date=false")) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			Browser sameCookieElsewhere = new Browser(secondPort).open();
			sameCookieElsewhere.setCookie("SESSION", browser.cookie("SESSION"));
			assertThat(at(sameCookieElsewhere.graphql(ME), "me.email")).isEqualTo(email);
			Browser anonymousElsewhere = new Browser(secondPort).open();
			anonymousElsewhere.setCookie("SESSION", anonymous.cookie("SESSION"));
			assertThat(at(anonymousElsewhere.graphql("{ cart { totalQuantity lines { product { slug } } } }"),
					"cart.totalQuantity")).isEqualTo(2);
		}
	}

}
