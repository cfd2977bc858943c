package dev.storefront.order;

import java.util.Optional;

import dev.storefront.account.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see an order: the customer it belongs to, the session that placed it (a guest's), and
 * admins. Everyone else is told nothing, not even that it exists; every order read and the
 * shopper's cancel ask here.
 */
@Component
class OrderAccess {

    private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private final Accounts accounts;

    private final OrderSession session;

    OrderAccess(Accounts accounts, OrderSession session) {
        this.accounts = accounts;
        this.session = session;
    }

    boolean mayRead(Order order) {
        return isAdmin() || owns(order.getCustomerId()) || this.session.placedHere(order.getId());
    }

    /** Whether the caller is the signed-in customer the order belongs to (a guest order has none). */
    boolean owns(@org.jspecify.annotations.Nullable Long orderCustomerId) {
        return orderCustomerId != null
                && customerId().filter(orderCustomerId::equals).isPresent();
    }

    Optional<Long> customerId() {
        return this.accounts.currentCustomerId();
    }

    boolean isAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch((a) -> ADMIN_AUTHORITY.equals(a.getAuthority()));
    }
}
