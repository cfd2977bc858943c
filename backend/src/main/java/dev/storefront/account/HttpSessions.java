package dev.storefront.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs the current HTTP session in and out. The session lives in the database (Spring
 * Session JDBC); signing in is a write, so it is what creates a session.
 */
@Component
class HttpSessions {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	/** Binds the authentication to the session under a new session id (no session fixation). */
	void signIn(Authentication authentication) {
		ServletRequestAttributes attributes = current();
		HttpServletRequest request = attributes.getRequest();
		if (request.getSession(false) != null) {
			// Keeps what the anonymous session held, under an id an attacker can't have planted.
			request.changeSessionId();
		}
		// The request's own context object, changed in place: Spring for GraphQL hands that same
		// object to the resolvers that run after this mutation (e.g. the payload's cart).
		SecurityContext context = SecurityContextHolder.getContext();
		context.setAuthentication(authentication);
		this.contexts.saveContext(context, request, response(attributes));
	}

	/** Deletes the session and everything it held. */
	void signOut() {
		HttpSession session = current().getRequest().getSession(false);
		if (session != null) {
			session.invalidate();
		}
		// In place, as in signIn: later resolvers of this request see an anonymous session.
		SecurityContextHolder.getContext().setAuthentication(null);
		SecurityContextHolder.clearContext();
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
			throw new IllegalStateException("Signing in needs the HTTP response");
		}
		return response;
	}

}
