package dev.storefront.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a GraphQL response that holds only errors ({@code {"errors": [{"message", "extensions":
 * {"classification"}}]}}), for requests refused before GraphQL could run: at the HTTP level, by a
 * filter, or because the shop can't serve yet. In the media type the {@code Accept} header asks
 * for, as GraphQL over HTTP requires, so a client reads every answer of the endpoint one way.
 */
@Component
class GraphQlErrorResponses {

    static final MediaType GRAPHQL_RESPONSE =
            new MediaType(MediaTypes.APPLICATION_GRAPHQL_RESPONSE, StandardCharsets.UTF_8);

    static final MediaType JSON = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final JsonMapper json;

    private final GraphQlErrorCounter counter;

    GraphQlErrorResponses(JsonMapper json, GraphQlErrorCounter counter) {
        this.json = json;
        this.counter = counter;
    }

    /**
     * The response media type the {@code Accept} header prefers: the GraphQL response type when
     * named, plain JSON when named or matched by a wildcard (and when there is no header), or
     * null when it allows neither.
     */
    static @Nullable MediaType negotiate(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException ex) {
            return JSON;
        }
        // Stable: of two types with the same quality, the one listed first wins.
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.equalsTypeAndSubtype(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)) {
                return GRAPHQL_RESPONSE;
            }
            if (type.includes(MediaType.APPLICATION_JSON)) {
                return JSON;
            }
        }
        return null;
    }

    /** Answers on a servlet response with the given status and error, and any extra headers. */
    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            ErrorClassification classification,
            String message,
            HttpHeaders headers)
            throws IOException {
        this.counter.count(classification);
        MediaType mediaType = negotiate(request.getHeader(HttpHeaders.ACCEPT));
        response.setStatus(status.value());
        response.setContentType(((mediaType != null) ? mediaType : JSON).toString());
        headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
        byte[] body = this.json.writeValueAsBytes(body(classification, message, null));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The same answer for a functional endpoint, in the media type already negotiated. */
    ServerResponse response(@Nullable MediaType mediaType, HttpRefusal refusal) {
        this.counter.count(refusal.classification());
        return ServerResponse.status(refusal.status())
                .headers((headers) -> headers.putAll(refusal.headers()))
                .contentType((mediaType != null) ? mediaType : JSON)
                .body(body(refusal.classification(), refusal.getMessage(), refusal.code()));
    }

    private static Map<String, Object> body(ErrorClassification classification, String message, @Nullable String code) {
        Map<String, Object> extensions = (code != null)
                ? Map.of("classification", classification.toString(), "code", code)
                : Map.of("classification", classification.toString());
        return Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
    }
}
