package dev.storefront.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.storefront.Browser;
import dev.storefront.MutableClock;
import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.storefront.Browser.at;
import static dev.storefront.account.AccountOperations.PASSWORD;
import static dev.storefront.account.AccountOperations.login;
import static org.assertj.core.api.Assertions.assertThat;

/** Repeated failed sign-ins are refused for a while, per email and per client. */
@StorefrontTest
class LoginThrottleTests {

	@LocalServerPort
	int port;

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
		String email = AccountOperations.signedInShopper(new Browser(this.port).open());
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(AccountTests.errorCodes(login(new Browser(this.port), email, "wrong password " + attempt),
					"login"))
				.containsExactly("BAD_CREDENTIALS");
		}
		Map<String, Object> refused = login(new Browser(this.port), email, PASSWORD);
		assertThat(AccountTests.errorCodes(refused, "login")).containsExactly("TOO_MANY_ATTEMPTS");
		assertThat(at(refused, "login.customer")).isNull();
	}

	@Test
	void attemptsBatchedAsAliasesInOneRequestCountOneByOne() {
		String email = AccountOperations.signedInShopper(new Browser(this.port).open());
		String aliases = IntStream.rangeClosed(1, 8)
			.mapToObj((i) -> "a" + i + ": login(input: {email: \"" + email + "\", password: \"guess " + i
					+ "\"}) { userErrors { code } }")
			.collect(Collectors.joining("\n"));
		Map<String, Object> response = new Browser(this.port).graphql("mutation {\n" + aliases + "\n}");
		assertThat(AccountTests.errorCodes(response, "a5")).containsExactly("BAD_CREDENTIALS");
		assertThat(AccountTests.errorCodes(response, "a6")).containsExactly("TOO_MANY_ATTEMPTS");
		assertThat(AccountTests.errorCodes(response, "a8")).containsExactly("TOO_MANY_ATTEMPTS");
	}

	@Test
	void oneClientIsLimitedAcrossEmailsAndTheWindowEnds() {
		MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
		LoginThrottle throttle = new LoginThrottle(new AccountProperties(new AccountProperties.Admin(null, null, "x"),
				new AccountProperties.LoginThrottle(5, 3, Duration.ofMinutes(15)), "X-Auth-Token"), clock);
		for (int i = 0; i < 3; i++) {
			throttle.recordFailure("user" + i + "@example.com", "10.0.0.7");
		}
		assertThat(throttle.isBlocked("someone-else@example.com", "10.0.0.7")).isTrue();
		assertThat(throttle.isBlocked("someone-else@example.com", "10.0.0.8")).isFalse();
		clock.advance(Duration.ofMinutes(16));
		assertThat(throttle.isBlocked("someone-else@example.com", "10.0.0.7")).isFalse();
	}

}
