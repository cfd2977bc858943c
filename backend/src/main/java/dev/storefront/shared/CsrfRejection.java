package dev.storefront.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Answers a request Spring Security refused at the HTTP level (in this shop: a write that
 * carries the session cookie without the matching {@code X-XSRF-TOKEN} header) as a GraphQL
 * response of one FORBIDDEN error with status 403, instead of the servlet container's error page.
 */
@Component
public final class CsrfRejection implements AccessDeniedHandler {

    private final GraphQlErrorResponses errors;

    CsrfRejection(GraphQlErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String message = (denied instanceof CsrfException)
                ? "A request that carries the session cookie needs the X-XSRF-TOKEN header, echoing the XSRF-TOKEN cookie"
                : "Access denied";
        this.errors.write(request, response, HttpStatus.FORBIDDEN, ErrorType.FORBIDDEN, message, HttpHeaders.EMPTY);
    }
}
