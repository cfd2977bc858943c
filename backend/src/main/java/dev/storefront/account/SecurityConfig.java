package dev.storefront.account;

import dev.storefront.shared.CsrfRejection;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Web security. Every URL is open at the HTTP level: the GraphQL API is one URL, and what each
 * operation may do is decided by method security on the services ({@code @PreAuthorize}), so
 * the rules hold whatever the client. Sessions are created only by signing in, by the first
 * cart write and by placing an order, never by browsing.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final String DEFAULT_SESSION_COOKIE = "SESSION";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No observations of Spring Security's own (per filter, per authentication, per authorization
     * decision): the HTTP and GraphQL request metrics cover the requests, and with observations on,
     * every filter of the chain runs wrapped in an observation of its own, even a disabled one.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's SPA token cookie ({@code XSRF-TOKEN}), also rotated by {@link HttpSessions}. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return CookieCsrfTokenRepository.withHttpOnlyFalse();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountProperties properties,
            ServerProperties server,
            CsrfTokenRepository csrfTokens,
            CurrentAccountContexts contexts,
            CsrfRejection csrfRejection) {
        String cookieName = server.getServlet().getSession().getCookie().getName();
        RequestMatcher cookieAuthenticatedWrites = new CookieAuthenticatedWrites(
                (cookieName != null) ? cookieName : DEFAULT_SESSION_COOKIE, properties.sessionHeader());
        http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
                // spa(): the XSRF-TOKEN cookie the SPA and GraphiQL echo in a header is set on every
                // response that lacks one, the shop's page included.
                .csrf((csrf) -> csrf.spa().requireCsrfProtectionMatcher(cookieAuthenticatedWrites))
                .exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(csrfRejection))
                .requestCache((cache) -> cache.disable())
                .formLogin((form) -> form.disable())
                .httpBasic((basic) -> basic.disable())
                .logout((logout) -> logout.disable());
        // Sign-in and sign-out replace the token through this same repository (HttpSessions).
        http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens));
        // Sessions carry the account's roles as they are now, not as they were at sign-in.
        http.securityContext((context) -> context.securityContextRepository(contexts));
        return http.build();
    }

    /**
     * CSRF rides on cookies the browser adds by itself: a write that carries the session
     * cookie needs the token. A request that carries the session in a header (or no session
     * at all) can't be forged across sites that way and needs none.
     */
    record CookieAuthenticatedWrites(String sessionCookie, String sessionHeader) implements RequestMatcher {

        @Override
        public boolean matches(HttpServletRequest request) {
            String method = request.getMethod();
            if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
                return false;
            }
            if (request.getHeader(this.sessionHeader) != null || request.getCookies() == null) {
                return false;
            }
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (this.sessionCookie.equals(cookie.getName())) {
                    return true;
                }
            }
            return false;
        }
    }
}
