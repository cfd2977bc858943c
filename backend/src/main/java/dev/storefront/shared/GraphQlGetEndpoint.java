package dev.storefront.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET, as the GraphQL over HTTP specification describes it: {@code query},
 * {@code operationName} and JSON {@code variables} as URL parameters. Queries only, so a link
 * or a prefetch can never change anything: a mutation over GET gets 405 and runs nowhere.
 * Spring for GraphQL answers POST; this adds GET in front of the same handler chain.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlGetEndpoint {

	// Ahead of Spring for GraphQL's own route, which answers GET with 405.
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler handler, JsonMapper json,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		GetHandler get = new GetHandler(handler, json);
		return RouterFunctions.route(RequestPredicates.GET(path), get::handle);
	}

	private static final class GetHandler extends GraphQlHttpHandler {

		private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
		};

		private final WebGraphQlHandler handler;

		private final JsonMapper json;

		GetHandler(WebGraphQlHandler handler, JsonMapper json) {
			super(handler);
			this.handler = handler;
			this.json = json;
		}

		ServerResponse handle(ServerRequest request) throws ServletException {
			Optional<String> query = request.param("query");
			if (query.isEmpty() || query.get().isBlank()) {
				return ServerResponse.badRequest().body("A GET request needs a query parameter");
			}
			Optional<String> operationName = request.param("operationName").filter((name) -> !name.isBlank());
			if (isNotAQuery(query.get(), operationName.orElse(null))) {
				return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
					.allow(HttpMethod.POST)
					.body("Only queries may be sent with GET; send mutations with POST");
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", query.get());
			operationName.ifPresent((name) -> body.put("operationName", name));
			try {
				request.param("variables").filter((v) -> !v.isBlank())
					.ifPresent((v) -> body.put("variables", this.json.readValue(v, JSON_OBJECT)));
				request.param("extensions").filter((v) -> !v.isBlank())
					.ifPresent((v) -> body.put("extensions", this.json.readValue(v, JSON_OBJECT)));
			}
			catch (JacksonException ex) {
				return ServerResponse.badRequest().body("variables and extensions must be JSON objects");
			}
			HttpHeaders headers = request.headers().asHttpHeaders();
			WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), headers, cookies(request),
					request.remoteAddress().orElse(null), request.attributes(), body, UUID.randomUUID().toString(),
					request.servletRequest().getLocale());
			return prepareResponse(request, this.handler.handleRequest(graphQlRequest));
		}

		/** True for a mutation or subscription; a document that doesn't parse is left to the handler to report. */
		private static boolean isNotAQuery(String query, @Nullable String operationName) {
			Document document;
			try {
				document = Parser.parse(query);
			}
			catch (InvalidSyntaxException ex) {
				return false;
			}
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			return operations.stream()
				.filter((op) -> operationName == null ? operations.size() == 1 : operationName.equals(op.getName()))
				.anyMatch((op) -> op.getOperation() != OperationDefinition.Operation.QUERY);
		}

		private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
			MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
			request.cookies().forEach((name, values) -> values
				.forEach((cookie) -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
			return cookies;
		}

	}

}
