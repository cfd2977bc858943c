package dev.storefront.shared;

import java.util.ArrayList;
import java.util.List;

import dev.storefront.StorefrontTest;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Integrators read the schema in GraphiQL: every type, field, argument and enum value says what it is. */
@StorefrontTest
class SchemaDescriptionTests {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everythingInTheSchemaHasADescription() {
        GraphQLSchema schema = this.graphQlSource.schema();
        List<String> undescribed = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            check(undescribed, type.getName(), type.getDescription());
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    String path = type.getName() + "." + field.getName();
                    check(undescribed, path, field.getDescription());
                    for (GraphQLArgument argument : field.getArguments()) {
                        check(undescribed, path + "(" + argument.getName() + ")", argument.getDescription());
                    }
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    check(undescribed, type.getName() + "." + field.getName(), field.getDescription());
                }
            }
            if (type instanceof GraphQLEnumType enumType) {
                for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                    check(undescribed, type.getName() + "." + value.getName(), value.getDescription());
                }
            }
        }
        assertThat(undescribed).as("schema elements without a description").isEmpty();
    }

    private static void check(List<String> undescribed, String name, String description) {
        if (description == null || description.isBlank()) {
            undescribed.add(name);
        }
    }
}
