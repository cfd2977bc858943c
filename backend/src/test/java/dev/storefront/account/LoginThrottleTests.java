package dev.storefront.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import dev.storefront.Answers.AuthData;
import dev.storefront.MutableClock;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static dev.storefront.Answers.codes;
import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.login;
import static dev.storefront.account.AccountOperations.register;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated failed sign-ins are refused for a while, per canonical email and per client. Each
 * attempt is counted before its password is checked, and the counts live in the database, so
 * neither a burst nor a second instance gets more guesses.
 */
@StorefrontTest
class LoginThrottleTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate testJdbc;

    // Ahead of the application's own clock, so its clean-up job never deletes these tests' rows.
    final MutableClock clock =
            new MutableClock(Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS));

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        String email = AccountOperations.signedInShopper(Visitor.opened(this.port));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(codes(login(new Visitor(this.port), email, "wrong password " + attempt)
                            .userErrors()))
                    .containsExactly("BAD_CREDENTIALS");
        }
        AuthData refused = login(new Visitor(this.port), email, PASSWORD);
        assertThat(codes(refused.userErrors())).containsExactly("TOO_MANY_ATTEMPTS");
        assertThat(refused.customer()).isNull();
    }

    @Test
    void aSuccessClearsTheEmailsCount() {
        String email = AccountOperations.signedInShopper(Visitor.opened(this.port));
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(new Visitor(this.port), email, "wrong password " + attempt);
        }
        assertThat(login(new Visitor(this.port), email, PASSWORD).customer().email())
                .isEqualTo(email);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(codes(login(new Visitor(this.port), email, "wrong again " + attempt)
                            .userErrors()))
                    .containsExactly("BAD_CREDENTIALS");
        }
    }

    @Test
    void attemptsBatchedAsAliasesInOneRequestCountOneByOne() {
        String email = AccountOperations.signedInShopper(Visitor.opened(this.port));
        String aliases = IntStream.rangeClosed(1, 8)
                .mapToObj((i) -> "a" + i + ": login(input: {email: \"" + email + "\", password: \"guess " + i
                        + "\"}) { userErrors { code } }")
                .collect(Collectors.joining("\n"));
        // Written here: how many aliases one request holds is what is tested.
        GraphQlTester.Response response = new Visitor(this.port)
                .document("mutation {\n" + aliases + "\n}")
                .execute();
        response.path("a5.userErrors[*].code").entityList(String.class).containsExactly("BAD_CREDENTIALS");
        response.path("a6.userErrors[*].code").entityList(String.class).containsExactly("TOO_MANY_ATTEMPTS");
        response.path("a8.userErrors[*].code").entityList(String.class).containsExactly("TOO_MANY_ATTEMPTS");
    }

    @Test
    void aBurstOfParallelGuessesChecksAtMostFivePasswords() throws Exception {
        String email = AccountOperations.signedInShopper(Visitor.opened(this.port));
        int burst = 30;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String guess = "parallel guess " + i;
                Callable<List<String>> attempt = () -> {
                    start.await();
                    return codes(login(new Visitor(this.port), email, guess).userErrors());
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<List<String>> answer : answers) {
                codes.addAll(answer.get());
            }
            assertThat(codes).hasSize(burst).isSubsetOf("BAD_CREDENTIALS", "TOO_MANY_ATTEMPTS");
            assertThat(codes.stream().filter("BAD_CREDENTIALS"::equals).count()).isBetween(1L, 5L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(codes(login(new Visitor(this.port), email, PASSWORD).userErrors()))
                .containsExactly("TOO_MANY_ATTEMPTS");
    }

    @Test
    void variantsOfOneCanonicalEmailShareOneCount() {
        String local = "b\u00f6ss-" + UUID.randomUUID();
        String email = local + "@shop.test";
        register(Visitor.opened(this.port), email, PASSWORD, "Boss");
        String decomposed = local.replace("\u00f6", "o\u0308") + "@shop.test";
        List<String> variants = List.of(
                email, "  " + email.toUpperCase() + "\t", decomposed, decomposed.toUpperCase(), " " + decomposed);
        for (String variant : variants) {
            assertThat(codes(login(new Visitor(this.port), variant, "wrong password")
                            .userErrors()))
                    .containsExactly("BAD_CREDENTIALS");
        }
        assertThat(codes(login(new Visitor(this.port), email, PASSWORD).userErrors()))
                .containsExactly("TOO_MANY_ATTEMPTS");
    }

    @Test
    void anAccentedVariantNeitherSignsInToNorCountsAgainstAnotherAccount() {
        String suffix = "-" + UUID.randomUUID() + "@shop.test";
        register(Visitor.opened(this.port), "boss" + suffix, PASSWORD, "Boss");
        assertThat(codes(login(new Visitor(this.port), "b\u00f6ss" + suffix, PASSWORD)
                        .userErrors()))
                .containsExactly("BAD_CREDENTIALS");
        for (int attempt = 1; attempt <= 6; attempt++) {
            login(new Visitor(this.port), "b\u00f6ss" + suffix, "guess " + attempt);
        }
        assertThat(codes(login(new Visitor(this.port), "b\u00f6ss" + suffix, PASSWORD)
                        .userErrors()))
                .containsExactly("TOO_MANY_ATTEMPTS");
        assertThat(login(new Visitor(this.port), "boss" + suffix, PASSWORD)
                        .customer()
                        .name())
                .isEqualTo("Boss");
    }

    @Test
    void twoInstancesOnOneDatabaseShareTheirCounts() {
        LoginThrottle one = throttle(3, 100);
        LoginThrottle other = throttle(3, 100);
        String email = AccountOperations.uniqueEmail();
        assertThat(one.tryReserve(email, client())).isTrue();
        assertThat(other.tryReserve(email, client())).isTrue();
        assertThat(one.tryReserve(email, client())).isTrue();
        assertThat(other.tryReserve(email, client())).isFalse();
        assertThat(one.tryReserve(email, client())).isFalse();
    }

    @Test
    void oneClientIsLimitedAcrossEmailsAndTheWindowEnds() {
        LoginThrottle throttle = throttle(5, 3);
        String client = client();
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryReserve(AccountOperations.uniqueEmail(), client))
                    .isTrue();
        }
        assertThat(throttle.tryReserve("someone-else@example.com", client)).isFalse();
        assertThat(throttle.tryReserve("someone-else@example.com", client())).isTrue();
        this.clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.tryReserve("someone-else@example.com", client)).isTrue();
    }

    @Test
    void aSuccessGivesTheClientsAttemptBack() {
        LoginThrottle throttle = throttle(5, 2);
        String client = client();
        for (int i = 0; i < 5; i++) {
            String email = AccountOperations.uniqueEmail();
            assertThat(throttle.tryReserve(email, client)).isTrue();
            throttle.succeeded(email, client);
        }
        assertThat(throttle.tryReserve(AccountOperations.uniqueEmail(), client)).isTrue();
        assertThat(throttle.tryReserve(AccountOperations.uniqueEmail(), client)).isTrue();
        assertThat(throttle.tryReserve(AccountOperations.uniqueEmail(), client)).isFalse();
    }

    @Test
    void refusedAttemptsLeaveNoRowsAndExpiredRowsAreDeleted() {
        LoginThrottle throttle = throttle(5, 2);
        String client = client();
        int before = liveRows();
        throttle.tryReserve(AccountOperations.uniqueEmail(), client);
        throttle.tryReserve(AccountOperations.uniqueEmail(), client);
        assertThat(liveRows()).as("two emails and the client").isEqualTo(before + 3);
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.tryReserve(AccountOperations.uniqueEmail(), client))
                    .isFalse();
        }
        assertThat(liveRows()).isEqualTo(before + 3);

        this.clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.deleteExpired()).isGreaterThanOrEqualTo(3);
        assertThat(this.testJdbc.queryForObject(
                        "select count(*) from login_throttle where expires_at <= ?",
                        Integer.class,
                        this.clock.millis()))
                .isZero();
    }

    private int liveRows() {
        return this.testJdbc.queryForObject(
                "select count(*) from login_throttle where expires_at > ?", Integer.class, this.clock.millis());
    }

    private LoginThrottle throttle(int perEmail, int perClient) {
        AccountProperties properties = new AccountProperties(
                new AccountProperties.Admin(null, null, "x", false),
                new AccountProperties.LoginThrottle(perEmail, perClient, Duration.ofMinutes(15)),
                "X-Auth-Token",
                Duration.ZERO);
        return new LoginThrottle(properties, this.dataSource, this.transactions, this.clock);
    }

    private static String client() {
        return "203.0.113." + UUID.randomUUID();
    }
}
