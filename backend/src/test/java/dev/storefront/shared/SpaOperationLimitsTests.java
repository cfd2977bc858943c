package dev.storefront.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.storefront.StorefrontTest;
import graphql.execution.CoercedVariables;
import graphql.execution.TypeFromAST;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation the SPA sends (as graphql-codegen lists them when the frontend is built) fits
 * well inside the API's limits, even with the largest page sizes the API allows.
 */
@StorefrontTest
class SpaOperationLimitsTests {

    static final Path SPA_OPERATIONS = Path.of("../frontend/src/graphql/generated/persisted-documents.json");

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    GraphQlLimitsProperties limits;

    @Autowired
    JsonMapper json;

    @Test
    void everySpaOperationCostsLessThanHalfTheLimits() throws IOException {
        assertThat(SPA_OPERATIONS)
                .as("the SPA's operations; build the frontend first (./mvnw verify does)")
                .exists();
        Map<String, String> documents = this.json.readValue(Files.readString(SPA_OPERATIONS), new TypeReference<>() {});
        // Each document holds its operation and the fragments it spreads, as graphql-codegen writes it.
        List<Document> operations = documents.values().stream()
                .map(Parser::parse)
                .filter((document) -> !document.getDefinitionsOfType(OperationDefinition.class)
                        .isEmpty())
                .toList();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(15);
        GraphQLSchema schema = this.graphQlSource.schema();
        for (Document document : operations) {
            OperationDefinition operation =
                    document.getDefinitionsOfType(OperationDefinition.class).get(0);
            CoercedVariables largestPages = CoercedVariables.of(sampleVariables(schema, operation));
            OperationSize size = OperationSize.of(schema, document, operation.getName(), largestPages);
            int cost = size.cost();
            int depth = size.depth();
            assertThat(cost).as(operation.getName() + " cost").isLessThanOrEqualTo(this.limits.maxCost() / 2);
            assertThat(depth).as(operation.getName() + " depth").isLessThanOrEqualTo(this.limits.maxDepth() / 2);
        }
    }

    /**
     * A value for each variable: page sizes at the API's maximum, so the check holds for any page
     * the SPA asks for, and a plausible value of the right type for every other.
     */
    private static Map<String, Object> sampleVariables(GraphQLSchema schema, OperationDefinition operation) {
        Map<String, Object> variables = new HashMap<>();
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            GraphQLInputType type = (GraphQLInputType) TypeFromAST.getTypeFromAST(schema, variable.getType());
            variables.put(
                    variable.getName(),
                    List.of("first", "last", "limit").contains(variable.getName())
                            ? 100
                            : sample(GraphQLTypeUtil.unwrapNonNull(type)));
        }
        return variables;
    }

    private static Object sample(GraphQLType type) {
        if (type instanceof GraphQLList list) {
            return List.of(sample(GraphQLTypeUtil.unwrapNonNull(list.getWrappedType())));
        }
        if (type instanceof GraphQLInputObjectType input) {
            Map<String, Object> value = new HashMap<>();
            input.getFieldDefinitions().stream()
                    .filter((field) -> GraphQLTypeUtil.isNonNull(field.getType()))
                    .forEach((field) ->
                            value.put(field.getName(), sample(GraphQLTypeUtil.unwrapNonNull(field.getType()))));
            return value;
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int", "PositiveInt", "NonNegativeInt" -> 1;
            case "Boolean" -> true;
            case "Url" -> "https://example.com/x.png";
            case "DateTime" -> "2026-01-01T00:00:00Z";
            case "Decimal" -> "1.00";
            default -> "x";
        };
    }
}
