package dev.storefront.shared;

import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal at the HTTP level is a GraphQL response of errors, with the status the GraphQL
 * over HTTP specification gives and in the media type the Accept header asks for, never the
 * servlet container's or Spring's own error body.
 */
@StorefrontTest
class GraphQlOverHttpTests {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void client() {
        this.http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + this.port)
                .build();
    }

    @Test
    void aQueryOrOperationNameThatIsNoStringIsABadRequest() {
        for (String body : new String[] {
            "{\"query\": 1}",
            "{\"query\": false}",
            "{\"query\": {\"a\": 1}}",
            "{\"query\": [\"{ __typename }\"]}",
            "{\"query\": \"{ __typename }\", \"operationName\": 0}",
            "{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
            "{\"query\": \"{ __typename }\", \"extensions\": [1]}"
        }) {
            refusal(post(body, MediaType.APPLICATION_JSON), 400, MediaType.APPLICATION_JSON, "BAD_REQUEST");
        }
    }

    @Test
    void nullOptionalParametersAreTheSameAsAbsentOnes() {
        post(
                        "{\"query\": \"{ __typename }\", \"operationName\": null, \"variables\": null, \"extensions\": null}",
                        GRAPHQL_RESPONSE)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.__typename")
                .isEqualTo("Query")
                .jsonPath("$.errors")
                .doesNotExist();
    }

    @Test
    void anEmptyBodyOrOneThatIsNoJsonIsABadRequestInTheMediaTypeAsked() {
        refusal(post("", GRAPHQL_RESPONSE), 400, GRAPHQL_RESPONSE, "BAD_REQUEST");
        refusal(post("{ \"not a JSON", GRAPHQL_RESPONSE), 400, GRAPHQL_RESPONSE, "BAD_REQUEST");
        refusal(post("[1, 2]", MediaType.APPLICATION_JSON), 400, MediaType.APPLICATION_JSON, "BAD_REQUEST");
        refusal(
                post("{\"qeury\": \"{ __typename }\"}", MediaType.APPLICATION_JSON),
                400,
                MediaType.APPLICATION_JSON,
                "BAD_REQUEST");
    }

    @Test
    void aBodyThatIsNoJsonMediaTypeIsUnsupported() {
        WebTestClient.ResponseSpec response = this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.TEXT_PLAIN)
                .accept(GRAPHQL_RESPONSE)
                .bodyValue("{\"query\": \"{ __typename }\"}")
                .exchange();
        refusal(response, 415, GRAPHQL_RESPONSE, "BAD_REQUEST");
    }

    @Test
    void getWithoutAQueryAndMutationsOverGetAreRefused() {
        refusal(
                this.http.get().uri("/graphql").accept(GRAPHQL_RESPONSE).exchange(),
                400,
                GRAPHQL_RESPONSE,
                "BAD_REQUEST");
        WebTestClient.ResponseSpec mutation = this.http
                .get()
                .uri((uri) ->
                        uri.path("/graphql").queryParam("query", "{q}").build("mutation { logout { signedOut } }"))
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
        refusal(mutation, 405, MediaType.APPLICATION_JSON, "BAD_REQUEST")
                .expectHeader()
                .valueEquals("Allow", "POST");
    }

    @Test
    void otherMethodsAreNotAllowed() {
        WebTestClient.ResponseSpec put = this.http
                .method(HttpMethod.PUT)
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\": \"{ __typename }\"}")
                .exchange();
        refusal(put, 405, MediaType.APPLICATION_JSON, "BAD_REQUEST")
                .expectHeader()
                .valueEquals("Allow", "GET,POST");
    }

    @Test
    void anAcceptHeaderThatAllowsNoJsonIsNotAcceptable() {
        WebTestClient.ResponseSpec response = this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.TEXT_HTML)
                .bodyValue("{\"query\": \"{ __typename }\"}")
                .exchange();
        refusal(response, 406, MediaType.APPLICATION_JSON, "BAD_REQUEST");
    }

    @Test
    void aCsrfRejectionIsAForbiddenGraphQlError() {
        // The session cookie, without the header echoing the XSRF token: what a forged form sends.
        WebTestClient.ResponseSpec forged = this.http
                .post()
                .uri("/graphql")
                .cookie("SESSION", "any-session")
                .cookie("XSRF-TOKEN", "a-token")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(GRAPHQL_RESPONSE)
                .bodyValue("{\"query\": \"mutation { logout { signedOut } }\"}")
                .exchange();
        refusal(forged, 403, GRAPHQL_RESPONSE, "FORBIDDEN");
    }

    @Test
    void aPathTheFirewallRefusesIsABadRequestGraphQlError() {
        WebTestClient.ResponseSpec response = this.http
                .post()
                .uri("/graphql;jsessionid=1")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(GRAPHQL_RESPONSE)
                .bodyValue("{\"query\": \"{ __typename }\"}")
                .exchange();
        refusal(response, 400, GRAPHQL_RESPONSE, "BAD_REQUEST");
    }

    private WebTestClient.ResponseSpec post(String body, MediaType accept) {
        return this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(accept)
                .bodyValue(body)
                .exchange();
    }

    /** A GraphQL response of one classified error with a message, and nothing of Spring's error body. */
    @SuppressWarnings("unchecked")
    static WebTestClient.ResponseSpec refusal(
            WebTestClient.ResponseSpec response, int status, MediaType mediaType, String classification) {
        response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(mediaType)
                .expectBody(Map.class)
                .value((body) -> {
                    assertThat(body).containsOnlyKeys("errors");
                    Map<String, Object> error = ((List<Map<String, Object>>) body.get("errors")).get(0);
                    assertThat((String) error.get("message")).isNotBlank().doesNotContain("Exception", "tools.jackson");
                    assertThat(error.get("extensions")).isEqualTo(Map.of("classification", classification));
                });
        return response;
    }
}
