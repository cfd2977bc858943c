package dev.storefront.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves nothing until the application is ready: Tomcat answers before the start-up work
 * (the demo catalog, the first admin) is done, and a shopper would meet an empty catalog and
 * an admin who can't sign in. Until readiness is ACCEPTING_TRAFFIC (also again while shutting
 * down) every request but the actuator's and the probes' gets 503 with Retry-After: a GraphQL error classified
 * UNAVAILABLE, or a line of text for a browser's page load.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class StartupGate extends OncePerRequestFilter {

    private static final int RETRY_AFTER_SECONDS = 2;

    private static final String MESSAGE = "The shop is starting up (or shutting down); please try again in a moment";

    private final ApplicationAvailability availability;

    private final GraphQlErrorResponses errors;

    private final String actuatorPath;

    StartupGate(
            ApplicationAvailability availability,
            GraphQlErrorResponses errors,
            @Value("${management.endpoints.web.base-path:/actuator}") String actuatorPath) {
        this.availability = availability;
        this.errors = errors;
        this.actuatorPath = actuatorPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The container's decoded, normalised path: the one it routes by.
        String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
        // The probes on the app's port (management.endpoint.health.probes.add-additional-paths).
        if (path.equals("/livez") || path.equals("/readyz")) {
            return true;
        }
        return path.equals(this.actuatorPath) || path.startsWith(this.actuatorPath + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        if (isPageLoad(request)) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            response.setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8).toString());
            response.getOutputStream().write(MESSAGE.getBytes(StandardCharsets.UTF_8));
            return;
        }
        this.errors.write(
                request, response, HttpStatus.SERVICE_UNAVAILABLE, StorefrontErrorType.UNAVAILABLE, MESSAGE, headers);
    }

    private static boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
