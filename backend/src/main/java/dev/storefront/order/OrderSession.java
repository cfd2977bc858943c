package dev.storefront.order;

import java.util.Collection;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The orders placed in this HTTP session, by id: how a guest reads (and may cancel) the orders
 * they placed. A stand-in that only reads, until placement's own (which records them, under the
 * same attribute: a List of Long) is merged; never creates a session.
 */
@Component
class OrderSession {

	static final String PLACED = "storefront.placedOrderIds";

	/** Whether this session placed the order; false without a session or outside a request. */
	boolean placedHere(long orderId) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		HttpSession session = attributes.getRequest().getSession(false);
		return session != null && session.getAttribute(PLACED) instanceof Collection<?> ids
				&& ids.contains(orderId);
	}

}
