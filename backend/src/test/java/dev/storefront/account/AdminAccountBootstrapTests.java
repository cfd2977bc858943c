package dev.storefront.account;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.login;
import static dev.storefront.account.AccountOperations.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The configured first admin is created at startup, but no account someone else could have
 * registered is ever made an admin without the operator's explicit word.
 */
@StorefrontTest
class AdminAccountBootstrapTests {

    static final String ADMIN_PASSWORD = "the operator's own password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate testJdbc;

    @Autowired
    CustomerRepository customers;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theConfiguredAdminIsCreatedWhenAbsent() {
        String email = "admin-" + UUID.randomUUID() + "@shop.test";
        run(email, false);
        assertThat(roles(email)).containsExactlyInAnyOrder("SHOPPER", "ADMIN");
        assertThat(login(new Visitor(this.port), email, ADMIN_PASSWORD)
                        .customer()
                        .roles())
                .isEqualTo(List.of("SHOPPER", "ADMIN"));
    }

    @Test
    void aSelfRegisteredAccountWithTheConfiguredEmailStopsTheStart() {
        String email = "admin-" + UUID.randomUUID() + "@shop.test";
        register(Visitor.opened(this.port), email, PASSWORD, "Squatter");
        assertThatIllegalStateException()
                .isThrownBy(() -> run(email, false))
                .withMessageContaining("storefront.admin.email")
                .withMessageContaining("storefront.admin.promote-existing");
        assertThat(roles(email)).containsExactly("SHOPPER");
    }

    @Test
    void anExistingAccountIsPromotedOnlyWhenTheOperatorSaysSo() {
        String email = "admin-" + UUID.randomUUID() + "@shop.test";
        register(Visitor.opened(this.port), email, PASSWORD, "Operator");
        run(email, true);
        assertThat(roles(email)).containsExactlyInAnyOrder("SHOPPER", "ADMIN");
        assertThat(login(new Visitor(this.port), email, PASSWORD).customer().roles())
                .as("keeps its own password")
                .isEqualTo(List.of("SHOPPER", "ADMIN"));
    }

    @Test
    void anExistingAdminIsLeftAsItIs() {
        String email = "admin-" + UUID.randomUUID() + "@shop.test";
        run(email, false);
        String hash =
                this.testJdbc.queryForObject("select password_hash from customer where email = ?", String.class, email);
        run(email, false);
        assertThat(roles(email)).containsExactlyInAnyOrder("SHOPPER", "ADMIN");
        assertThat(this.testJdbc.queryForObject(
                        "select password_hash from customer where email = ?", String.class, email))
                .isEqualTo(hash);
    }

    @Test
    void anAccentedLookalikeIsNeitherPromotedNorInTheWay() {
        String suffix = UUID.randomUUID() + "@shop.test";
        String lookalike = "b\u00f6ss-" + suffix;
        register(Visitor.opened(this.port), lookalike, PASSWORD, "Attacker");
        run("boss-" + suffix, false);
        assertThat(roles(lookalike)).containsExactly("SHOPPER");
        assertThat(roles("boss-" + suffix)).containsExactlyInAnyOrder("SHOPPER", "ADMIN");
        assertThat(login(new Visitor(this.port), "boss-" + suffix, PASSWORD).customer())
                .isNull();
    }

    private void run(String email, boolean promoteExisting) {
        AccountProperties properties = new AccountProperties(
                new AccountProperties.Admin(email, ADMIN_PASSWORD, "Shop Admin", promoteExisting),
                new AccountProperties.LoginThrottle(5, 1000, Duration.ofMinutes(15)),
                "X-Auth-Token",
                Duration.ZERO);
        AdminAccountBootstrap bootstrap = new AdminAccountBootstrap(properties, this.customers, this.passwords);
        new TransactionTemplate(this.transactions)
                .executeWithoutResult((status) -> bootstrap.run(new DefaultApplicationArguments()));
    }

    private List<String> roles(String email) {
        return this.testJdbc.queryForList(
                "select r.role from customer_role r join customer c on c.id = r.customer_id where c.email = ?",
                String.class,
                email);
    }
}
