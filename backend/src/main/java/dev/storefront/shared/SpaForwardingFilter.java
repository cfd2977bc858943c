package dev.storefront.shared;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the single-page app's {@code index.html} for browser navigations to the app's own
 * routes (e.g. {@code /products/walnut-desk-organizer}), so deep links work on reload. API
 * paths and files (anything whose last segment has a dot) are left alone.
 */
@Component
class SpaForwardingFilter extends OncePerRequestFilter {

	private static final List<String> SERVER_PATHS = List.of("/graphql", "/graphiql", "/actuator", "/livez",
			"/readyz", "/error", "/images/", "/assets/");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/") || path.equals("/index.html")) {
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
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.getRequestDispatcher("/index.html").forward(request, response);
	}

}
