package dev.storefront.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who opens a subscription, for its limits and for finding its session's changes: the session
 * (none until the visitor's first write) and the client's address (the proxy-resolved one, as
 * the sign-in throttle uses).
 *
 * @param sessionId the HTTP session's id, or null without a session
 * @param address the client's address
 */
public record LiveClient(@Nullable String sessionId, String address) {

    /**
     * What events call a session by: a digest of its id, so that the id itself (which signs its
     * holder in) never travels through a broker or lands in a log.
     */
    public static String keyOf(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    /** {@link #keyOf} this client's session, or null without a session. */
    public @Nullable String sessionKey() {
        return (this.sessionId != null) ? keyOf(this.sessionId) : null;
    }

    /** The client of the HTTP request being served; never creates a session. */
    public static LiveClient current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            throw new IllegalStateException("A subscription is opened by an HTTP request; there is none here");
        }
        HttpServletRequest request = attributes.getRequest();
        HttpSession session = request.getSession(false);
        return new LiveClient((session != null) ? session.getId() : null, request.getRemoteAddr());
    }
}
