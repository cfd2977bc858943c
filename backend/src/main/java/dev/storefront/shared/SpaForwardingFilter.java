package dev.storefront.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Serves the single-page app's {@code index.html} for browser navigations to the app's own
 * routes (e.g. {@code /products/walnut-desk-organizer}), so deep links work on reload. API
 * paths and files (anything whose last segment has a dot) are left alone. A route that names
 * something that does not exist (an unknown product or category, asked of the features'
 * {@link SpaPageCheck}s) gets the same page with status 404: the SPA shows its not-found page,
 * and crawlers and link checkers see the status.
 */
@Component
class SpaForwardingFilter extends OncePerRequestFilter {

    private static final Logger logger = LoggerFactory.getLogger(SpaForwardingFilter.class);

    private static final List<String> SERVER_PATHS =
            List.of("/graphql", "/graphiql", "/actuator", "/livez", "/readyz", "/error", "/images/", "/assets/");

    private static final String INDEX = "/index.html";

    // Looked up at the first request: a filter is made before the application's other beans, and
    // the checks read the database, which must not be set up that early (tests set its URL later).
    private final ObjectProvider<SpaPageCheck> checks;

    /** The built SPA's page, for 404 answers; null when the SPA was not built (-Dskip.npm). */
    private final byte @Nullable [] index;

    SpaForwardingFilter(ObjectProvider<SpaPageCheck> checks) throws IOException {
        this.checks = checks;
        ClassPathResource page = new ClassPathResource("static" + INDEX);
        if (page.exists()) {
            try (InputStream in = page.getInputStream()) {
                this.index = in.readAllBytes();
            }
        } else {
            this.index = null;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/") || path.equals(INDEX)) {
            return true;
        }
        if (SERVER_PATHS.stream().anyMatch(path::startsWith)) {
            return true;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return lastSegment.contains(".") || !acceptsHtml(request);
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
        } catch (InvalidMediaTypeException ex) {
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (this.index != null && isMissing(UrlPathHelper.defaultInstance.getPathWithinApplication(request))) {
            notFound(request, response, this.index);
            return;
        }
        request.getRequestDispatcher(INDEX).forward(request, response);
    }

    private boolean isMissing(String path) {
        try {
            return this.checks.orderedStream().anyMatch((check) -> check.isMissing(path));
        } catch (DataAccessException | TransactionException ex) {
            // The page's status is not worth a failed page: the SPA asks again and says what failed.
            logger.debug("Could not tell whether {} exists", path, ex);
            return false;
        }
    }

    /** The SPA's page with status 404, revalidated like every answer of index.html. */
    private static void notFound(HttpServletRequest request, HttpServletResponse response, byte[] page)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        response.setContentLength(page.length);
        if (!HttpMethod.HEAD.matches(request.getMethod())) {
            response.getOutputStream().write(page);
        }
    }
}
