package dev.storefront.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are bounded by {@code storefront.graphql.max-request-size} (256KB), however the
 * endpoint's path is spelled and whether or not the body declares its length.
 */
@StorefrontTest
class RequestSizeLimitTests {

    static final String SMALL = "{\"query\": \"{ __typename }\"}";

    static final String LARGE =
            "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"" + "x".repeat(300_000) + "\"}}";

    final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Test
    void everySpellingOfThePathThatReachesGraphQlIsBounded() throws Exception {
        List<String> spellings = List.of(
                "/graphql",
                "/graph%71l",
                "/%67%72%61%70%68%71%6C",
                "/graphql;jsessionid=1",
                "//graphql",
                "/graphql/",
                "/GRAPHQL",
                "/./graphql",
                "/x/../graphql",
                "/graphql?query=x");
        int reached = 0;
        for (String path : spellings) {
            HttpResponse<String> small = post(path, SMALL, false);
            boolean reachesGraphQl = small.statusCode() == 200 && small.body().contains("\"__typename\":\"Query\"");
            HttpResponse<String> large = post(path, LARGE, false);
            assertThat(large.statusCode() / 100).as(path + ": never answered").isNotEqualTo(2);
            if (reachesGraphQl) {
                reached++;
                assertThat(large.statusCode()).as(path).isEqualTo(413);
                assertThat(large.body()).as(path).contains("storefront.graphql.max-request-size");
            }
        }
        assertThat(reached).as("spellings that reach GraphQL").isGreaterThan(1);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        HttpResponse<String> response = post("/graphql", LARGE, true);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .contains("\"classification\":\"BAD_REQUEST\"", "storefront.graphql.max-request-size");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAnswered() throws Exception {
        HttpResponse<String> response = post("/graphql", SMALL, true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"__typename\":\"Query\"");
    }

    @Test
    void bodiesForOtherPathsAreBoundedToo() throws Exception {
        HttpResponse<String> response = post("/anything-else", LARGE, false);
        assertThat(response.statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> post(String path, String body, boolean chunked)
            throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // A stream of unknown length goes out chunked; a byte array with its Content-Length.
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(publisher)
                .build();
        return this.client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
