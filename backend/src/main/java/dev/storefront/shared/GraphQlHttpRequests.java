package dev.storefront.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GraphQL over HTTP request's parameters ({@code query}, {@code operationName},
 * {@code variables}, {@code extensions}) from a GET request's URL or a POST request's JSON body,
 * and refuses, with the status the specification gives, what is no well-formed request: a
 * missing or non-string query, a non-string operation name, variables or extensions that are no
 * JSON object, a body that is empty, no JSON, not UTF-8 JSON or too large, and a mutation over GET.
 */
final class GraphQlHttpRequests {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final JsonMapper json;

    private final long maxBytes;

    GraphQlHttpRequests(JsonMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** GET: queries only, so a link or a prefetch can never change anything. */
    Map<String, Object> fromUrl(ServerRequest request) {
        String query = request.param("query")
                .filter((value) -> !value.isBlank())
                .orElseThrow(() -> HttpRefusal.badRequest("A GET request needs a query URL parameter"));
        // The specification: an empty operationName is no operationName.
        Optional<String> operationName = request.param("operationName").filter((name) -> !name.isEmpty());
        if (isNotAQuery(query, operationName.orElse(null))) {
            throw HttpRefusal.methodNotAllowed(
                    "Only queries may be sent with GET; send mutations with POST", HttpMethod.POST);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("query", query);
        operationName.ifPresent((name) -> parameters.put("operationName", name));
        urlJsonObject(request, "variables").ifPresent((value) -> parameters.put("variables", value));
        urlJsonObject(request, "extensions").ifPresent((value) -> parameters.put("extensions", value));
        return parameters;
    }

    /** POST: a UTF-8 JSON object. */
    Map<String, Object> fromBody(ServerRequest request) {
        MediaType contentType;
        try {
            contentType = request.headers()
                    .contentType()
                    .orElseThrow(() -> HttpRefusal.unsupportedMediaType(
                            "A POST request needs the header Content-Type: application/json"));
        } catch (InvalidMediaTypeException ex) {
            throw HttpRefusal.unsupportedMediaType("The Content-Type header is no media type; send application/json");
        }
        if (!contentType.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
            throw HttpRefusal.unsupportedMediaType("Send the request body as application/json");
        }
        if (contentType.getCharset() != null && !StandardCharsets.UTF_8.equals(contentType.getCharset())) {
            throw HttpRefusal.unsupportedMediaType("Send the JSON request body in UTF-8");
        }
        Map<String, Object> body = parse(read(request));
        Map<String, Object> parameters = new LinkedHashMap<>();
        Object query = body.get("query");
        if (query == null) {
            throw HttpRefusal.badRequest("The request has no query");
        }
        if (!(query instanceof String text) || text.isBlank()) {
            throw HttpRefusal.badRequest("query must be a string holding a GraphQL document");
        }
        parameters.put("query", query);
        putIf(parameters, body, "operationName", String.class, "operationName must be a string");
        putIf(parameters, body, "variables", Map.class, "variables must be a JSON object");
        putIf(parameters, body, "extensions", Map.class, "extensions must be a JSON object");
        return parameters;
    }

    private byte[] read(ServerRequest request) {
        try {
            return request.servletRequest().getInputStream().readAllBytes();
        } catch (RequestSizeLimitFilter.BodyTooLarge ex) {
            throw HttpRefusal.tooLarge(this.maxBytes);
        } catch (IOException ex) {
            throw HttpRefusal.badRequest("The request body could not be read");
        }
    }

    private Map<String, Object> parse(byte[] bytes) {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw HttpRefusal.badRequest("The request body is empty; send a JSON object with a query");
        }
        Map<String, Object> body;
        try {
            body = this.json.readValue(bytes, JSON_OBJECT);
        } catch (JacksonException ex) {
            throw HttpRefusal.badRequest("The request body is no JSON object");
        }
        if (body == null) {
            throw HttpRefusal.badRequest("The request body is no JSON object");
        }
        return body;
    }

    /** Copies an optional parameter of the right type; null is the same as absent. */
    private static void putIf(
            Map<String, Object> parameters, Map<String, Object> body, String name, Class<?> type, String message) {
        Object value = body.get(name);
        if (value == null) {
            return;
        }
        if (!type.isInstance(value)) {
            throw HttpRefusal.badRequest(message);
        }
        parameters.put(name, value);
    }

    private Optional<Map<String, Object>> urlJsonObject(ServerRequest request, String name) {
        Optional<String> value = request.param(name).filter((text) -> !text.isBlank());
        try {
            return value.map((text) -> this.json.readValue(text, JSON_OBJECT));
        } catch (JacksonException ex) {
            throw HttpRefusal.badRequest(name + " must be a JSON object");
        }
    }

    /** True for a mutation or subscription; a document that doesn't parse is left to GraphQL to report. */
    private static boolean isNotAQuery(String query, @Nullable String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException ex) {
            return false;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter((op) -> (operationName == null) ? operations.size() == 1 : operationName.equals(op.getName()))
                .anyMatch((op) -> op.getOperation() != OperationDefinition.Operation.QUERY);
    }
}
