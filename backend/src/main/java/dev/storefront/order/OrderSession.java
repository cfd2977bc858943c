package dev.storefront.order;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The orders placed in this HTTP session, so that a guest can read theirs again (only ids in the
 * session, the newest {@value #MAX_ORDERS}). The one place that knows the attribute's name.
 */
@Component
public class OrderSession {

    static final int MAX_ORDERS = 50;

    static final String PLACED = "storefront.placedOrderIds";

    /** Whether the order was placed in this session. Reads the session, never creates one. */
    public boolean placedHere(long orderId) {
        HttpSession session = request().getSession(false);
        return session != null && session.getAttribute(PLACED) instanceof List<?> ids && ids.contains(orderId);
    }

    /** Remembers an order placed in this session; the oldest is forgotten past {@value #MAX_ORDERS}. */
    void remember(long orderId) {
        HttpSession session = request().getSession(true);
        List<Long> ids = new ArrayList<>();
        if (session.getAttribute(PLACED) instanceof List<?> known) {
            known.forEach((id) -> ids.add((Long) id));
        }
        if (ids.contains(orderId)) {
            return;
        }
        ids.add(orderId);
        while (ids.size() > MAX_ORDERS) {
            ids.remove(0);
        }
        // A new list each time: Spring Session writes an attribute when it is set.
        session.setAttribute(PLACED, ids);
    }

    private static HttpServletRequest request() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("Orders placed in a session need an HTTP request; there is none here");
    }
}
