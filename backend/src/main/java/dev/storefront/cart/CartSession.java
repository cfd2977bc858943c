package dev.storefront.cart;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that reads and writes the cart's id in the HTTP session (the session holds ids
 * only, never the cart). Nothing else knows the attribute's name.
 */
@Component
class CartSession {

    private static final String CART_ID = "storefront.cartId";

    private static final String LAST_MERGE = CartSession.class.getName() + ".lastMerge";

    /** The anonymous cart's id, without creating a session. */
    Optional<Long> cartId() {
        HttpSession session = request().getSession(false);
        return (session != null && session.getAttribute(CART_ID) instanceof Long id)
                ? Optional.of(id)
                : Optional.empty();
    }

    /** The session's id, without creating a session. */
    Optional<String> currentId() {
        HttpSession session = request().getSession(false);
        return (session != null) ? Optional.of(session.getId()) : Optional.empty();
    }

    /** The session's id, creating the session: a cart write is what creates it. */
    String sessionId() {
        return request().getSession(true).getId();
    }

    void remember(long cartId) {
        HttpSession session = request().getSession(true);
        // Writing only a changed value spares the session table an update.
        if (!Long.valueOf(cartId).equals(session.getAttribute(CART_ID))) {
            session.setAttribute(CART_ID, cartId);
        }
    }

    void forget() {
        HttpSession session = request().getSession(false);
        if (session != null && session.getAttribute(CART_ID) != null) {
            session.removeAttribute(CART_ID);
        }
    }

    /** Keeps a sign-in's merge report for the rest of this request, for the login payload. */
    void rememberMerge(CartMerge merge) {
        request().setAttribute(LAST_MERGE, merge);
    }

    Optional<CartMerge> lastMerge() {
        return (request().getAttribute(LAST_MERGE) instanceof CartMerge merge) ? Optional.of(merge) : Optional.empty();
    }

    private static HttpServletRequest request() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("The cart belongs to an HTTP session; there is no HTTP request here");
    }
}
