package dev.storefront.shared;

import java.util.LinkedHashSet;
import java.util.List;

import graphql.ErrorClassification;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * A request refused at the HTTP level, before GraphQL ran: the status the GraphQL over HTTP
 * specification gives for it, a classification and a message written for the caller (never
 * echoing what the caller sent), and any headers the status needs.
 */
final class HttpRefusal extends RuntimeException {

    private final HttpStatus status;

    private final ErrorClassification classification;

    private final HttpHeaders headers = new HttpHeaders();

    private @Nullable String code;

    private HttpRefusal(HttpStatus status, ErrorClassification classification, String message) {
        super(message, null, false, false);
        this.status = status;
        this.classification = classification;
    }

    static HttpRefusal of(HttpStatus status, ErrorClassification classification, String message) {
        return new HttpRefusal(status, classification, message);
    }

    static HttpRefusal badRequest(String message) {
        return new HttpRefusal(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, message);
    }

    static HttpRefusal unsupportedMediaType(String message) {
        HttpRefusal refusal = new HttpRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorType.BAD_REQUEST, message);
        refusal.headers.set("Accept-Post", "application/json");
        return refusal;
    }

    static HttpRefusal notAcceptable() {
        return new HttpRefusal(
                HttpStatus.NOT_ACCEPTABLE,
                ErrorType.BAD_REQUEST,
                "Responses are application/graphql-response+json or application/json; the Accept header allows neither");
    }

    static HttpRefusal methodNotAllowed(String message, HttpMethod... allowed) {
        HttpRefusal refusal = new HttpRefusal(HttpStatus.METHOD_NOT_ALLOWED, ErrorType.BAD_REQUEST, message);
        refusal.headers.setAllow(new LinkedHashSet<>(List.of(allowed)));
        return refusal;
    }

    static HttpRefusal tooLarge(long maxBytes) {
        return new HttpRefusal(
                HttpStatus.PAYLOAD_TOO_LARGE,
                ErrorType.BAD_REQUEST,
                "The request body is larger than " + maxBytes + " bytes (storefront.graphql.max-request-size)");
    }

    /** Names which rule refused, in {@code extensions.code}, for refusals a client may act on. */
    HttpRefusal withCode(String code) {
        this.code = code;
        return this;
    }

    @Nullable
    String code() {
        return this.code;
    }

    HttpStatus status() {
        return this.status;
    }

    ErrorClassification classification() {
        return this.classification;
    }

    HttpHeaders headers() {
        return this.headers;
    }
}
