package dev.storefront.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.storefront.StorefrontApplication;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.storefront.account.AccountOperations.LOGIN;
import static dev.storefront.account.AccountOperations.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle counts per client address, and X-Forwarded-For names the client only
 * when the proxy that sent it is trusted ({@code server.tomcat.remoteip.internal-proxies}):
 * by default none is, so nobody picks their own address. Each test starts a second instance on
 * the test database with a per-client limit of 3.
 */
@StorefrontTest
class ClientAddressTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate testJdbc;

	@Test
	void aForgedXForwardedForIsIgnoredByDefault() {
		try (ConfigurableApplicationContext shop = start()) {
			WebTestClient client = client(shop);
			for (int i = 1; i <= 3; i++) {
				assertThat(signInFrom(client, "198.51.100." + i)).containsExactly("BAD_CREDENTIALS");
			}
			assertThat(signInFrom(client, "198.51.100.99")).containsExactly("TOO_MANY_ATTEMPTS");
		}
	}

	@Test
	void aTrustedProxyNamesTheClient() {
		try (ConfigurableApplicationContext shop = start("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")) {
			WebTestClient client = client(shop);
			for (int i = 1; i <= 3; i++) {
				assertThat(signInFrom(client, "198.51.100.7")).containsExactly("BAD_CREDENTIALS");
			}
			assertThat(signInFrom(client, "198.51.100.7")).containsExactly("TOO_MANY_ATTEMPTS");
			assertThat(signInFrom(client, "198.51.100.8")).containsExactly("BAD_CREDENTIALS");
		}
	}

	private ConfigurableApplicationContext start(String... extra) {
		// The other tests' failures from 127.0.0.1 are counted too: start from no counts.
		this.testJdbc.update("delete from login_throttle");
		HikariDataSource database;
		try {
			database = this.dataSource.unwrap(HikariDataSource.class);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + Objects.requireNonNullElse(database.getPassword(), ""),
				"--storefront.demo-catalog.enabled=false", "--spring.flyway.enabled=false",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"--storefront.search.rebuild-when-out-of-date=false", "--storefront.admin.email=",
				"--storefront.login-throttle.max-failures-per-client=3"));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(StorefrontApplication.class).run(args.toArray(String[]::new));
	}

	private static WebTestClient client(ConfigurableApplicationContext shop) {
		int port = ((WebServerApplicationContext) shop).getWebServer().getPort();
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
	}

	@SuppressWarnings("unchecked")
	private static List<String> signInFrom(WebTestClient client, String forwardedFor) {
		Map<String, Object> body = client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", forwardedFor)
			.bodyValue(Map.of("query", LOGIN, "variables",
					Map.of("input", Map.of("email", uniqueEmail(), "password", "not the password"))))
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		Map<String, Object> login = (Map<String, Object>) ((Map<String, Object>) body.get("data")).get("login");
		return ((List<Map<String, Object>>) login.get("userErrors")).stream()
			.map((error) -> (String) error.get("code"))
			.toList();
	}

}
