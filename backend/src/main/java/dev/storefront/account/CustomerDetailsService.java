package dev.storefront.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks customers up by email for Spring Security. The principal's name is the customer's id,
 * which never changes, so sessions (and Spring Session's principal index) follow the account.
 */
@Component
class CustomerDetailsService implements UserDetailsService {

    private final CustomerRepository customers;

    CustomerDetailsService(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Customer customer = this.customers
                .findByEmail(Emails.canonical(email))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(customer.getId().toString())
                .password(customer.getPasswordHash())
                .authorities(customer.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
