package dev.storefront.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfLogoutHandler;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs the current HTTP session in and out. The session lives in the database (Spring
 * Session JDBC); signing in is a write, so it is what creates a session. Both replace the
 * XSRF-TOKEN cookie, as Spring Security's own sign-in and sign-out do.
 */
@Component
class HttpSessions {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final CsrfAuthenticationStrategy newCsrfToken;

    private final CsrfLogoutHandler dropCsrfToken;

    HttpSessions(CsrfTokenRepository csrfTokens) {
        this.newCsrfToken = new CsrfAuthenticationStrategy(csrfTokens);
        // No request attribute name: the new token is made, and its cookie set, in this response
        // (as the SPA configuration does for every response), so the SPA's next write has it.
        XorCsrfTokenRequestAttributeHandler eager = new XorCsrfTokenRequestAttributeHandler();
        eager.setCsrfRequestAttributeName(null);
        this.newCsrfToken.setRequestHandler(eager);
        this.dropCsrfToken = new CsrfLogoutHandler(csrfTokens);
    }

    /**
     * Binds the authentication to the session under a new session id (no session fixation) and
     * replaces the CSRF token.
     * @return the session's id before, or null when the request had no session
     */
    @Nullable
    String signIn(Authentication authentication) {
        ServletRequestAttributes attributes = current();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = response(attributes);
        HttpSession existing = request.getSession(false);
        String previousId = (existing != null) ? existing.getId() : null;
        if (existing != null) {
            // Keeps what the anonymous session held, under an id an attacker can't have planted.
            request.changeSessionId();
        }
        // The request's own context object, changed in place: Spring for GraphQL hands that same
        // object to the resolvers that run after this mutation (e.g. the payload's cart).
        SecurityContext context = SecurityContextHolder.getContext();
        context.setAuthentication(authentication);
        this.contexts.saveContext(context, request, response);
        this.newCsrfToken.onAuthentication(authentication, request, response);
        return previousId;
    }

    /**
     * Deletes the session and everything it held, and the CSRF token; the next response brings a new one.
     * @return the id the session had, or null when the request had no session
     */
    @Nullable
    String signOut() {
        ServletRequestAttributes attributes = current();
        HttpServletRequest request = attributes.getRequest();
        HttpSession session = request.getSession(false);
        String id = (session != null) ? session.getId() : null;
        if (session != null) {
            session.invalidate();
        }
        this.dropCsrfToken.logout(
                request,
                response(attributes),
                SecurityContextHolder.getContext().getAuthentication());
        // In place, as in signIn: later resolvers of this request see an anonymous session.
        SecurityContextHolder.getContext().setAuthentication(null);
        SecurityContextHolder.clearContext();
        return id;
    }

    /**
     * The signed-in account is gone: this session becomes anonymous but keeps the session itself
     * (and what else it holds), as {@link CurrentAccountContexts} does once it notices.
     */
    void forgetAccount() {
        HttpSession session = current().getRequest().getSession(false);
        if (session != null) {
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        SecurityContextHolder.getContext().setAuthentication(null);
    }

    private static ServletRequestAttributes current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes;
        }
        throw new IllegalStateException("Signing in or out needs an HTTP request");
    }

    private static HttpServletResponse response(ServletRequestAttributes attributes) {
        HttpServletResponse response = attributes.getResponse();
        if (response == null) {
            throw new IllegalStateException("Signing in or out needs the HTTP response");
        }
        return response;
    }
}
