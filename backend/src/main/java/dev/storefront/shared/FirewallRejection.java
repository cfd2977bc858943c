package dev.storefront.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request Spring Security's firewall refused (a path that is not normalised, with
 * {@code ;} parameters, {@code //} or encoded slashes and dots) with 400 and a GraphQL error,
 * as every other refusal of the endpoint. Spring Security finds this handler by its type.
 */
@Component
class FirewallRejection implements RequestRejectedHandler {

    private final GraphQlErrorResponses errors;

    FirewallRejection(GraphQlErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        this.errors.write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                ErrorType.BAD_REQUEST,
                "The request's path or headers are malformed",
                HttpHeaders.EMPTY);
    }
}
