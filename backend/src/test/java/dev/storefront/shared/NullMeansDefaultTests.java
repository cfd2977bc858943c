package dev.storefront.shared;

import java.util.HashMap;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule "an explicit null means the default", on a schema made for it: arguments, input fields, lists. */
class NullMeansDefaultTests {

    static final String SDL = """
            type Query {
              echo(size: Int = 5, order: Order = NEWEST, page: Page, pages: [Page], plain: String, required: Int! = 1): String
            }
            enum Order { NEWEST OLDEST }
            input Page { size: Int = 20, inner: Page, note: String }
            """;

    final GraphQL graphQl =
            GraphQL.newGraphQL(schema()).instrumentation(new NullMeansDefault()).build();

    @Test
    void aNullArgumentWithADefaultIsTheDefault() {
        assertThat(echo("{ echo(size: null, order: null) }", Map.of())).isEqualTo("{size=5, order=NEWEST, required=1}");
        Map<String, Object> variables = new HashMap<>();
        variables.put("s", null);
        assertThat(echo("query($s: Int) { echo(size: $s) }", variables))
                .isEqualTo("{size=5, order=NEWEST, required=1}");
    }

    @Test
    void aNullInputFieldWithADefaultIsTheDefaultAtAnyDepthAndInLists() {
        assertThat(echo("{ echo(page: {size: null, inner: {size: null, note: null}}) }", Map.of()))
                .isEqualTo("{size=5, order=NEWEST, page={size=20, inner={size=20, note=null}}, required=1}");
        assertThat(echo("{ echo(pages: [{size: null}, null]) }", Map.of()))
                .isEqualTo("{size=5, order=NEWEST, pages=[{size=20}, null], required=1}");
    }

    @Test
    void nullsWithoutADefaultStayNullAndGivenValuesStay() {
        assertThat(echo("{ echo(size: 3, plain: null, page: null) }", Map.of()))
                .isEqualTo("{size=3, order=NEWEST, page=null, plain=null, required=1}");
    }

    @Test
    void aNonNullArgumentWithADefaultStillRefusesNull() {
        ExecutionResult result = this.graphQl.execute("{ echo(required: null) }");
        assertThat(result.getErrors()).hasSize(1);
        assertThat(result.getErrors().get(0).getMessage()).contains("required");
    }

    @SuppressWarnings("unchecked")
    private String echo(String document, Map<String, Object> variables) {
        ExecutionResult result =
                this.graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables));
        assertThat(result.getErrors()).isEmpty();
        return ((Map<String, Object>) result.getData()).get("echo").toString();
    }

    private static GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type(
                        "Query",
                        (type) -> type.dataFetcher(
                                "echo", (env) -> env.getArguments().toString()))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }
}
