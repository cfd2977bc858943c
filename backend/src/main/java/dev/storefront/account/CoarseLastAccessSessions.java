package dev.storefront.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The session repository (Spring Session JDBC) with a session's last visit kept to the
 * {@code interval} ({@code storefront.session-touch-interval}): Spring Session marks a session
 * changed on every request that reads it, only to move its last access time, and so writes its
 * row (an UPDATE and a COMMIT) on every cart write and every signed-in read. Here the time moves
 * only once it is {@code interval} old; a session then expires at most that much earlier than
 * {@code spring.session.timeout} after the last visit (30 days against a minute). Attribute
 * changes and new sessions are written as before.
 */
final class CoarseLastAccessSessions implements FindByIndexNameSessionRepository<CoarseLastAccessSessions.Touched> {

    private final SessionRepository<Session> sessions;

    private final Duration interval;

    @SuppressWarnings("unchecked")
    CoarseLastAccessSessions(SessionRepository<? extends Session> sessions, Duration interval) {
        // Every session given to save() is one this repository made or found (unwrapped below).
        this.sessions = (SessionRepository<Session>) sessions;
        this.interval = interval;
    }

    @Override
    public Touched createSession() {
        return new Touched(this.sessions.createSession(), this.interval);
    }

    @Override
    public void save(Touched session) {
        this.sessions.save(session.session());
    }

    @Override
    public @Nullable Touched findById(String id) {
        Session found = this.sessions.findById(id);
        return (found != null) ? new Touched(found, this.interval) : null;
    }

    @Override
    public void deleteById(String id) {
        this.sessions.deleteById(id);
    }

    @Override
    public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        if (!(this.sessions instanceof FindByIndexNameSessionRepository<?> indexed)) {
            return Map.of();
        }
        Map<String, Touched> found = new LinkedHashMap<>();
        indexed.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Touched(session, this.interval)));
        return found;
    }

    /** A session whose last access time moves only once it is {@code interval} old. */
    record Touched(Session session, Duration interval) implements Session {

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(this.interval))) {
                this.session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return this.session.getId();
        }

        @Override
        public String changeSessionId() {
            return this.session.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return this.session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return this.session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            this.session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            this.session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return this.session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return this.session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            this.session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return this.session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return this.session.isExpired();
        }
    }
}
