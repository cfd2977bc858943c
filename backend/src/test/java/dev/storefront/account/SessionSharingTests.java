package dev.storefront.account;

import java.util.Objects;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.storefront.Answers.UserError;
import dev.storefront.StorefrontApplication;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import dev.storefront.Visitors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.storefront.account.AccountOperations.me;
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
        Visitor browser = Visitor.opened(this.port);
        String email = AccountOperations.signedInShopper(browser);
        Visitor anonymous = Visitor.opened(this.port);
        String knife = Visitors.productId(anonymous, "chefs-knife");
        anonymous
                .documentName("addToCartUserErrors")
                .variable("productId", knife)
                .variable("quantity", 2)
                .execute()
                .path("addToCart.userErrors")
                .entityList(UserError.class)
                .hasSize(0);
        HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
        // Command-line arguments: they outrank application.yaml's embedded database.
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(StorefrontApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + Objects.requireNonNullElse(database.getPassword(), ""),
                        "--storefront.demo-catalog.enabled=false",
                        "--spring.flyway.enabled=false",
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
                        "--storefront.search.rebuild-when-out-of-date=false")) {
            int secondPort =
                    ((WebServerApplicationContext) second).getWebServer().getPort();
            Visitor sameCookieElsewhere = Visitor.opened(secondPort);
            sameCookieElsewhere.setCookie("SESSION", browser.cookie("SESSION"));
            assertThat(me(sameCookieElsewhere).email()).isEqualTo(email);
            Visitor anonymousElsewhere = Visitor.opened(secondPort);
            anonymousElsewhere.setCookie("SESSION", anonymous.cookie("SESSION"));
            anonymousElsewhere
                    .documentName("cartTotalQuantity")
                    .execute()
                    .path("cart.totalQuantity")
                    .entity(Integer.class)
                    .isEqualTo(2);
        }
    }
}
