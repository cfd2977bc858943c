package dev.storefront.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.storefront.Answers.LoginInput;
import dev.storefront.FragmentFiles;
import dev.storefront.StorefrontApplication;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

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
            String client = client(shop);
            for (int i = 1; i <= 3; i++) {
                assertThat(signInFrom(client, "198.51.100." + i)).containsExactly("BAD_CREDENTIALS");
            }
            assertThat(signInFrom(client, "198.51.100.99")).containsExactly("TOO_MANY_ATTEMPTS");
        }
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        try (ConfigurableApplicationContext shop = start("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")) {
            String client = client(shop);
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
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + Objects.requireNonNullElse(database.getPassword(), ""),
                "--storefront.demo-catalog.enabled=false",
                "--spring.flyway.enabled=false",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
                "--storefront.search.rebuild-when-out-of-date=false",
                "--storefront.admin.email=",
                "--storefront.login-throttle.max-failures-per-client=3"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(StorefrontApplication.class).run(args.toArray(String[]::new));
    }

    /** The shop's GraphQL endpoint on 127.0.0.1, the one proxy a test may trust. */
    private static String client(ConfigurableApplicationContext shop) {
        int port = ((WebServerApplicationContext) shop).getWebServer().getPort();
        return "http://127.0.0.1:" + port + "/graphql";
    }

    /** A failed sign-in through a proxy that says the client is {@code forwardedFor}; its user error codes. */
    private static List<String> signInFrom(String endpoint, String forwardedFor) {
        return HttpGraphQlTester.builder(WebTestClient.bindToServer().baseUrl(endpoint))
                .documentSource(new FragmentFiles())
                .header("X-Forwarded-For", forwardedFor)
                .build()
                .documentName("login")
                .variable("input", new LoginInput(uniqueEmail(), "not the password"))
                .execute()
                .path("login.userErrors[*].code")
                .entityList(String.class)
                .get();
    }
}
