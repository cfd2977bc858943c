package dev.storefront.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's last visit moves only once the one written is a touch interval old, so a session
 * read on every request isn't written on every request; what it holds is kept as before.
 */
class CoarseLastAccessSessionsTests {

    final MapSessionRepository stored = new MapSessionRepository(new java.util.HashMap<>());

    final CoarseLastAccessSessions sessions = new CoarseLastAccessSessions(this.stored, Duration.ofMinutes(1));

    @Test
    void aVisitWithinTheIntervalLeavesTheLastVisitAsItWas() {
        Instant written = Instant.parse("2026-12-01T10:00:00Z");
        String id = saved(written);
        CoarseLastAccessSessions.Touched session = this.sessions.findById(id);
        session.setLastAccessedTime(written.plusSeconds(59));
        assertThat(session.getLastAccessedTime()).isEqualTo(written);
        session.setLastAccessedTime(written.plusSeconds(60));
        assertThat(session.getLastAccessedTime()).isEqualTo(written.plusSeconds(60));
    }

    @Test
    void attributesAreReadAndWrittenThroughIt() {
        String id = saved(Instant.now());
        CoarseLastAccessSessions.Touched session = this.sessions.findById(id);
        session.setAttribute("cartId", 42L);
        this.sessions.save(session);
        assertThat(this.stored.findById(id).<Long>getAttribute("cartId")).isEqualTo(42L);
        assertThat(this.sessions.findById(id).<Long>getAttribute("cartId")).isEqualTo(42L);
        this.sessions.deleteById(id);
        assertThat(this.sessions.findById(id)).isNull();
    }

    private String saved(Instant lastVisit) {
        MapSession session = this.stored.createSession();
        session.setLastAccessedTime(lastVisit);
        session.setMaxInactiveInterval(Duration.ofDays(3650));
        this.stored.save(session);
        return session.getId();
    }
}
