package dev.storefront.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with a GraphQL error classified UNAVAILABLE (and Retry-After) when the database
 * can't be reached outside GraphQL's own error handling: in the filters in front of it (Spring
 * Session reads the session there) or while the session is written as the response commits.
 * Sits in front of the session and security filters, so it sees what they throw.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final GraphQlErrorResponses errors;

    DatabaseUnavailableFilter(GraphQlErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException ex) {
            if (!DatabaseUnavailable.causedBy(ex)) {
                throw ex;
            }
            log.warn(
                    "{} {} refused: the database can't be reached ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    ex.toString());
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            HttpRefusal refusal = DatabaseUnavailable.refusal();
            this.errors.write(
                    request,
                    response,
                    refusal.status(),
                    refusal.classification(),
                    refusal.getMessage(),
                    refusal.headers());
        }
    }
}
