package dev.storefront.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts' public face, what other features ask: who is signed in, and customers by id.
 * Authentication says who you are; what you may do is each feature's method security.
 * {@link Registration} and {@link SignIns} make and end the sessions this reads.
 */
@Service
public class Accounts {

    private final CustomerRepository customers;

    private final HttpSessions sessions;

    private final AccountRoles roles;

    Accounts(CustomerRepository customers, HttpSessions sessions, AccountRoles roles) {
        this.customers = customers;
        this.sessions = sessions;
        this.roles = roles;
    }

    /** The signed-in customer, if any. */
    @Transactional(readOnly = true)
    public Optional<CustomerView> current() {
        return currentCustomerId().flatMap(this.customers::findById).map(Customer::toView);
    }

    /**
     * The signed-in customer's id, from the session; empty once the account is gone (known from
     * {@link AccountRoles}' cache, so not a database read per call).
     */
    public Optional<Long> currentCustomerId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(auth.getName()));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /**
     * The signed-in customer's id, confirmed in the database now rather than by the roles cache,
     * for writes that store it (a new cart refers to the account). When the account is gone, the
     * session becomes anonymous here and now, and empty is returned.
     */
    @Transactional(readOnly = true)
    public Optional<Long> confirmedCustomerId() {
        Optional<Long> id = currentCustomerId();
        if (id.isPresent() && !this.customers.existsById(id.get())) {
            this.roles.forget(id.get());
            this.sessions.forgetAccount();
            return Optional.empty();
        }
        return id;
    }

    /**
     * Customers by id, for those that refer to them (an order shows its customer to admins);
     * unknown ids are absent. Whether the caller may see them is the caller's to decide.
     */
    @Transactional(readOnly = true)
    public Map<Long, CustomerView> customers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return this.customers.findByIdIn(ids).stream()
                .map(Customer::toView)
                .collect(Collectors.toMap(CustomerView::id, Function.identity()));
    }

    /** Whether the customer's account exists (from {@link AccountRoles}' cache, not a read per call). */
    public boolean exists(long customerId) {
        return this.roles.of(customerId).isPresent();
    }
}
