package dev.storefront.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Spring Security's own session-backed security contexts, loaded with the account's roles as
 * they are now ({@link AccountRoles}): a role removed in the database takes effect for sessions
 * signed in before, and a session whose account was deleted becomes anonymous and forgets it.
 * Loading stays deferred: a request that never asks who is signed in reads nothing.
 */
@Component
class CurrentAccountContexts implements SecurityContextRepository {

    private final SecurityContextRepository stored = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    private final AccountRoles roles;

    CurrentAccountContexts(AccountRoles roles) {
        this.roles = roles;
    }

    /** The authentication of a signed-in customer with these roles; its name is the customer's id. */
    static Authentication signedIn(long customerId, Set<Role> roles) {
        List<GrantedAuthority> authorities = roles.stream()
                .sorted()
                .map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        UserDetails principal = User.withUsername(Long.toString(customerId))
                .password("")
                .authorities(authorities)
                .build();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = this.stored.loadDeferredContext(request);
        Supplier<SecurityContext> current = SingletonSupplier.of(() -> current(stored.get(), request));
        return new DeferredSecurityContext() {

            @Override
            public SecurityContext get() {
                return current.get();
            }

            @Override
            public boolean isGenerated() {
                return current.get().getAuthentication() == null && stored.isGenerated();
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        this.stored.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return this.stored.containsContext(request);
    }

    private SecurityContext current(SecurityContext context, HttpServletRequest request) {
        Authentication authentication = context.getAuthentication();
        Optional<Long> customerId = customerId(authentication);
        if (customerId.isEmpty()) {
            return context;
        }
        Optional<Set<Role>> now = this.roles.of(customerId.get());
        if (now.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            }
            return SecurityContextHolder.createEmptyContext();
        }
        Authentication current = signedIn(customerId.get(), now.get());
        if (authorities(current).equals(authorities(authentication))) {
            return context;
        }
        SecurityContext refreshed = SecurityContextHolder.createEmptyContext();
        refreshed.setAuthentication(current);
        return refreshed;
    }

    private static Set<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    private static Optional<Long> customerId(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken) || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(authentication.getName()));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
