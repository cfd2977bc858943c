package dev.storefront.order;

import java.util.Collection;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The orders placed in this HTTP session, by id: how a guest reads (and may cancel) the orders
 * they placed. Only reads here, and never creates a session: browsing leaves no rows behind.
 * Placing an order is what records it (attribute {@code storefront.orderIds}, a collection of
 * Long).
 */
@Component
class OrderSession {

	static final String ORDER_IDS = "storefront.orderIds";

	/** Whether this session placed the order; false without a session or outside a request. */
	boolean placedHere(long orderId) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		HttpSession session = attributes.getRequest().getSession(false);
		return session != null && session.getAttribute(ORDER_IDS) instanceof Collection<?> ids
				&& ids.contains(orderId);
	}

}
