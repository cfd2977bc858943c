package dev.storefront.shared;

import java.time.Duration;
import java.time.Instant;

import dev.storefront.MutableClock;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/** A transaction begun while a request is served ends by the request's deadline. */
class DeadlineBoundTransactionsTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));

	final RequestDeadline deadline = new RequestDeadline(this.clock, Duration.ofSeconds(10));

	final DeadlineBoundTransactions.DeadlineBoundTransactionManager manager = new DeadlineBoundTransactions.DeadlineBoundTransactionManager(
			this.deadline);

	@Test
	void outsideARequestTheDefaultTimeoutApplies() {
		this.manager.setDefaultTimeout(30);
		assertThat(this.manager.determineTimeout(new DefaultTransactionDefinition())).isEqualTo(30);
	}

	@Test
	void duringARequestATransactionGetsWhatIsLeftInWholeSecondsRoundedUp() throws Exception {
		this.manager.setDefaultTimeout(30);
		Instant requestDeadline = this.deadline.fromNow();
		this.clock.advance(Duration.ofMillis(7_500));
		assertThat(timeoutDuring(requestDeadline, new DefaultTransactionDefinition())).isEqualTo(3);
		this.clock.advance(Duration.ofMillis(2_499));
		assertThat(timeoutDuring(requestDeadline, new DefaultTransactionDefinition())).as("at least a second").isEqualTo(1);
	}

	@Test
	void aShorterTimeoutOfTheTransactionsOwnStays() throws Exception {
		DefaultTransactionDefinition quick = new DefaultTransactionDefinition();
		quick.setTimeout(2);
		assertThat(timeoutDuring(this.deadline.fromNow(), quick)).isEqualTo(2);
		assertThat(timeoutDuring(this.deadline.fromNow(), new DefaultTransactionDefinition()))
			.as("no default timeout: the request's").isEqualTo(10);
	}

	private Object timeoutDuring(Instant requestDeadline, DefaultTransactionDefinition definition) throws Exception {
		return this.deadline.fetchBefore(requestDeadline, (env) -> this.manager.determineTimeout(definition),
				DataFetchingEnvironmentImpl.newDataFetchingEnvironment().build());
	}

}
