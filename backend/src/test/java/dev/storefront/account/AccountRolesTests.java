package dev.storefront.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import dev.storefront.MutableClock;
import dev.storefront.SqlStatements;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.storefront.account.AccountOperations.customerId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in account's roles are read once per {@code storefront.roles-cache-ttl}, not on every
 * request, and read again after it, so a change in the database applies within that time.
 */
@StorefrontTest
class AccountRolesTests {

    @LocalServerPort
    int port;

    @Autowired
    CustomerRepository customers;

    @Autowired
    SqlStatements sql;

    @Autowired
    JdbcTemplate testJdbc;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));

    @Test
    void rolesAreReadOncePerTimeToLiveAndAgainAfterIt() {
        long id = newShopper();
        AccountRoles roles = roles(Duration.ofSeconds(10));
        this.sql.clear();
        assertThat(roles.of(id)).contains(Set.of(Role.SHOPPER));
        assertThat(roles.of(id)).contains(Set.of(Role.SHOPPER));
        this.testJdbc.update("insert into customer_role (customer_id, role) values (?, 'ADMIN')", id);
        this.clock.advance(Duration.ofSeconds(9));
        assertThat(roles.of(id)).as("still cached").contains(Set.of(Role.SHOPPER));
        assertThat(rolesRead()).isEqualTo(1);

        this.clock.advance(Duration.ofSeconds(2));
        assertThat(roles.of(id)).contains(Set.of(Role.SHOPPER, Role.ADMIN));
        assertThat(rolesRead()).isEqualTo(2);
    }

    @Test
    void aDeletedAccountHasNoRolesOnceTheTimeToLiveHasPassed() {
        long id = newShopper();
        AccountRoles roles = roles(Duration.ofSeconds(10));
        assertThat(roles.of(id)).isPresent();
        this.testJdbc.update("delete from customer where id = ?", id);
        this.clock.advance(Duration.ofSeconds(11));
        assertThat(roles.of(id)).isEqualTo(Optional.empty());
    }

    @Test
    void aTimeToLiveOfZeroReadsEveryTime() {
        long id = newShopper();
        AccountRoles roles = roles(Duration.ZERO);
        this.sql.clear();
        roles.of(id);
        roles.of(id);
        assertThat(rolesRead()).isEqualTo(2);
    }

    private long rolesRead() {
        return this.sql.mentioning("customer_role").stream()
                .filter((statement) -> statement.startsWith("select"))
                .count();
    }

    private AccountRoles roles(Duration ttl) {
        return new AccountRoles(
                this.customers,
                new AccountProperties(
                        new AccountProperties.Admin(null, null, "x", false),
                        new AccountProperties.LoginThrottle(5, 20, Duration.ofMinutes(15)),
                        "X-Auth-Token",
                        ttl),
                this.clock);
    }

    private long newShopper() {
        Visitor browser = Visitor.opened(this.port);
        AccountOperations.signedInShopper(browser);
        return customerId(browser);
    }
}
