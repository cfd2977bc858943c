package dev.storefront.shared;

import java.io.IOException;

import graphql.execution.ExecutionId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import reactor.core.publisher.Mono;

/**
 * Gives each GraphQL request its execution id before anything else runs, and puts it in the
 * logging context ({@code executionId}): every line logged for the request, by a filter, the
 * security chain or a resolver, carries the id that an {@code INTERNAL_ERROR}'s reference
 * quotes ({@link GraphQlErrorClassifier}), so one search finds them all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExecutionIdFilter extends OncePerRequestFilter implements WebGraphQlInterceptor {

    /** The logging context's key, a field of its own in structured logs. */
    static final String MDC_KEY = "executionId";

    private static final String ATTRIBUTE = ExecutionIdFilter.class.getName() + ".id";

    private final String graphQlPath;

    ExecutionIdFilter(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.graphQlPath = graphQlPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + this.graphQlPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = ExecutionId.generate().toString();
        request.setAttribute(ATTRIBUTE, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The execution that serves the request takes the id the filter logged with. */
    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request.getAttributes().get(ATTRIBUTE) instanceof String id) {
            request.executionId(ExecutionId.from(id));
        }
        return chain.next(request);
    }
}
