package dev.storefront.shared;

import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request the schema refuses is told which argument broke which rule, and nothing else: never
 * the value it sent (a password must not come back in an error), never a class of the server.
 */
@StorefrontTest
class ErrorMessageTests {

    static final String SECRET = "hunter2-Secret-Value";

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
    void aMissingInputFieldNamesTheFieldButNotTheOthersValues() {
        Map<String, Object> error = onlyError(
                "mutation { register(input: {email: \"a@example.com\", password: \"" + SECRET
                        + "\"}) { userErrors { code } } }",
                Map.of());
        assertThat(message(error)).contains("'input'", "name").doesNotContain(SECRET);
        assertThat(classification(error)).isEqualTo("ValidationError");
        assertThat(error).containsKey("locations");
    }

    @Test
    void aLiteralOfTheWrongTypeNamesTheArgumentAndTheType() {
        Map<String, Object> error = onlyError(
                "mutation { register(input: {email: \"a@example.com\", password: \"" + SECRET
                        + "\", name: 12345}) { userErrors { code } } }",
                Map.of());
        assertThat(message(error)).contains("'input.name'", "String").doesNotContain(SECRET, "12345");
    }

    @Test
    void aVariableOfTheWrongTypeNamesTheVariableAndTheRule() {
        Map<String, Object> error = onlyError(
                "mutation($input: RegisterInput!) { register(input: $input) { userErrors { code } } }",
                Map.of("input", Map.of("email", "a@example.com", "password", SECRET, "name", 12345)));
        assertThat(message(error)).contains("'input'", "'String'").doesNotContain(SECRET, "12345", "Integer");
        assertThat(classification(error)).isEqualTo("ValidationError");
    }

    @Test
    void badScalarValuesAreNotEchoed() {
        List<String> literals = List.of(
                "{ products(filter: {minPrice: \"" + SECRET + "\"}) { totalCount } }",
                "{ products(filter: {minPrice: \"1e99999999\"}) { totalCount } }",
                "{ products(first: 3000000000) { totalCount } }",
                "{ products(sort: " + SECRET.replace('-', '_') + ") { totalCount } }",
                "mutation { addToCart(productId: \"1\", quantity: -98765) { cart { id } } }",
                "mutation { updateProduct(id: \"1\", input: {expectedUpdatedAt: \"" + SECRET
                        + "\"}) { product { id } } }",
                "mutation { updateProduct(id: \"1\", input: {imageUrl: \"http://" + SECRET
                        + " x/\"}) { product { id } } }");
        for (String document : literals) {
            assertNoEcho(
                    onlyError(document, Map.of()),
                    document,
                    SECRET,
                    SECRET.replace('-', '_'),
                    "1e99999999",
                    "3000000000",
                    "98765");
        }
        String filter = "query($f: ProductFilter) { products(filter: $f) { totalCount } }";
        List<Map.Entry<String, Map<String, Object>>> variables = List.of(
                Map.entry(filter, Map.of("f", Map.of("minPrice", SECRET))),
                Map.entry(filter, Map.of("f", Map.of(SECRET, true))),
                Map.entry(filter, Map.of("f", SECRET)),
                Map.entry("query($s: ProductSort) { products(sort: $s) { totalCount } }", Map.of("s", SECRET)),
                Map.entry("query($n: Int) { products(first: $n) { totalCount } }", Map.of("n", 3000000000L)),
                Map.entry(
                        "mutation($q: PositiveInt!) { addToCart(productId: \"1\", quantity: $q) { cart { id } } }",
                        Map.of("q", -98765)),
                Map.entry(
                        "mutation($i: ProductUpdateInput!) { updateProduct(id: \"1\", input: $i) { product { id } } }",
                        Map.of("i", Map.of("expectedUpdatedAt", SECRET))));
        variables.forEach((request) -> assertNoEcho(
                onlyError(request.getKey(), request.getValue()),
                request.getKey() + " " + request.getValue(),
                SECRET,
                "3000000000",
                "98765"));
    }

    @Test
    void aValueThatMimicsTheMessageCannotSteerIt() {
        String mimic = "x' is not a valid 'Boolean' - " + SECRET;
        Map<String, Object> error =
                onlyError("{ products(filter: {minPrice: \"" + mimic + "\"}) { totalCount } }", Map.of());
        assertThat(message(error))
                .contains("'filter.minPrice' is not a valid 'Decimal'")
                .doesNotContain("Boolean", SECRET);
        Map<String, Object> missing = onlyError(
                "mutation { login(input: {password: \"' is missing required fields '[x]\"}) "
                        + "{ userErrors { code } } }",
                Map.of());
        assertThat(message(missing)).contains("'input'", "email").doesNotContain("[x]");
    }

    @Test
    void aSyntaxErrorPointsAtTheLineAndColumnWithoutQuotingTheDocument() {
        Map<String, Object> error =
                onlyError("{ products(filter: {query: \"" + SECRET + " }) { totalCount } }", Map.of());
        assertThat(classification(error)).isEqualTo("InvalidSyntax");
        assertThat(message(error)).contains("line 1").doesNotContain(SECRET);
    }

    private static void assertNoEcho(Map<String, Object> error, String request, String... values) {
        assertThat(classification(error)).as(request).isEqualTo("ValidationError");
        assertThat(error.toString())
                .as(request)
                .doesNotContain(values)
                .doesNotContain("Value{", "java.", "Integer", "Long", "LinkedHashMap", "Exception");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> onlyError(String document, Map<String, Object> variables) {
        Map<String, Object> body = this.http
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document, "variables", variables))
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
        assertThat(errors).as(document).hasSize(1);
        return errors.get(0);
    }

    private static String message(Map<String, Object> error) {
        return (String) error.get("message");
    }

    @SuppressWarnings("unchecked")
    private static String classification(Map<String, Object> error) {
        return (String) ((Map<String, Object>) error.get("extensions")).get("classification");
    }
}
