package dev.storefront.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The event registry keeps completed publications a week, and unfinished ones until they finish. */
@StorefrontTest
class CompletedEventsCleanupTests {

    private static final String LISTENER = "cleanup-test-listener";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CompletedEventsCleanup cleanup;

    @AfterEach
    void removeRows() {
        this.jdbc.update("delete from EVENT_PUBLICATION where listener_id = ?", LISTENER);
    }

    @Test
    void publicationsCompletedLongerAgoThanAWeekAreDeleted() {
        Instant now = Instant.now();
        String old = publication(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        String recent = publication(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        String unfinished = publication(now.minus(Duration.ofDays(30)), null);

        this.cleanup.deleteOldCompletedPublications();

        assertThat(this.jdbc.queryForList(
                        "select id from EVENT_PUBLICATION where listener_id = ?", String.class, LISTENER))
                .containsExactlyInAnyOrder(recent, unfinished)
                .doesNotContain(old);
    }

    private String publication(Instant published, Instant completed) {
        String id = UUID.randomUUID().toString();
        this.jdbc.update(
                """
                insert into EVENT_PUBLICATION (id, listener_id, event_type, serialized_event, publication_date,
                  completion_date, status, completion_attempts)
                values (?, ?, 'dev.storefront.order.OrderPlaced', '{}', ?, ?, ?, 1)""",
                id,
                LISTENER,
                Timestamp.from(published),
                (completed != null) ? Timestamp.from(completed) : null,
                (completed != null) ? "COMPLETED" : "PUBLISHED");
        return id;
    }
}
