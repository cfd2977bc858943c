package dev.storefront.shared;

import java.time.Duration;
import java.time.Instant;

import dev.storefront.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** A transaction begun while a request is served ends by the request's deadline. */
class DeadlineBoundTransactionsTests {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));

    final RequestDeadline deadline = new RequestDeadline(this.clock, Duration.ofSeconds(10));

    final DeadlineBoundTransactions.DeadlineBoundTransactionManager manager =
            new DeadlineBoundTransactions.DeadlineBoundTransactionManager(this.deadline);

    @BeforeEach
    void defaultTimeout() {
        this.manager.setDefaultTimeout(30);
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void outsideARequestTheDefaultTimeoutApplies() {
        assertThat(this.manager.determineTimeout(new DefaultTransactionDefinition()))
                .isEqualTo(30);
    }

    @Test
    void duringARequestATransactionGetsWhatIsLeftInWholeSecondsRoundedUp() {
        startRequest();
        this.clock.advance(Duration.ofMillis(7_500));
        assertThat(this.manager.determineTimeout(new DefaultTransactionDefinition()))
                .isEqualTo(3);
        this.clock.advance(Duration.ofMillis(2_499));
        assertThat(this.manager.determineTimeout(new DefaultTransactionDefinition()))
                .isEqualTo(1);
        this.clock.advance(Duration.ofSeconds(5));
        assertThat(this.manager.determineTimeout(new DefaultTransactionDefinition()))
                .as("past it: a second at least")
                .isEqualTo(1);
    }

    @Test
    void aShorterTimeoutOfTheTransactionsOwnStays() {
        startRequest();
        DefaultTransactionDefinition quick = new DefaultTransactionDefinition();
        quick.setTimeout(2);
        assertThat(this.manager.determineTimeout(quick)).isEqualTo(2);
        this.manager.setDefaultTimeout(-1);
        assertThat(this.manager.determineTimeout(new DefaultTransactionDefinition()))
                .as("no default timeout: the request's")
                .isEqualTo(10);
    }

    private void startRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        this.deadline.start();
    }
}
