package dev.storefront.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL request bodies over {@code storefront.graphql.max-request-size} with 413,
 * before they are read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final String path;

	RequestSizeLimitFilter(GraphQlLimitsProperties limits, @Value("${spring.graphql.http.path:/graphql}") String path) {
		this.maxBytes = limits.maxRequestSize().toBytes();
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().substring(request.getContextPath().length()).equals(this.path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream()
				.write(("{\"errors\":[{\"message\":\"The request body is larger than " + this.maxBytes
						+ " bytes (storefront.graphql.max-request-size)\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		// Without a declared length (chunked), the body is cut off where it passes the limit.
		chain.doFilter((request.getContentLengthLong() < 0) ? new BoundedRequest(request, this.maxBytes) : request,
				response);
	}

	private static final class BoundedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		BoundedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			long max = this.maxBytes;
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++this.read > max) {
						throw new IOException("The request body is larger than " + max + " bytes");
					}
					return b;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
