package dev.storefront.shared;

import java.sql.SQLTimeoutException;
import java.util.List;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Positive;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.transaction.TransactionTimedOutException;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller's mistake explains itself; an internal failure reveals nothing. */
class GraphQlErrorClassifierTests {

    final GraphQlErrorClassifier classifier = new GraphQlErrorClassifier();

    @Test
    void badRequestKeepsItsMessage() {
        GraphQLError error = resolve(new BadRequestException("Pass exactly one of id or slug"));
        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(error.getMessage()).isEqualTo("Pass exactly one of id or slug");
    }

    @Test
    void constraintViolationsAreBadRequests() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        var violations = validator.validate(new Quantity(-1));
        GraphQLError error = resolve(new ConstraintViolationException(violations));
        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(error.getMessage()).isNotBlank();
    }

    @Test
    void unexpectedFailuresHideTheirText() {
        GraphQLError error = resolve(new IllegalStateException("jdbc:mysql://db:3306 password=secret"));
        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        assertThat(error.getMessage())
                .doesNotContain("secret", "jdbc", "IllegalStateException")
                .startsWith("Internal error");
        assertThat(error.toSpecification().toString()).doesNotContain("secret", "Exception");
    }

    @Test
    void timeoutsAreClassifiedAsSuchAndSayNothingOfTheWork() {
        List<Exception> timeouts = List.of(
                new RequestTimeoutException(),
                new SearchTimeoutException("HSEARCH400000: Operation exceeded the timeout of 0s, 10ms and 0ns"),
                new QueryTimeoutException(
                        "select * from product",
                        new SQLTimeoutException("Query execution was interrupted (max_statement_time exceeded)")),
                new TransactionTimedOutException("Transaction timed out: deadline was Sat Nov 21 12:00:00 UTC 2026"),
                new IllegalStateException(
                        "wrapped", new org.hibernate.TransactionException("Transaction timeout expired")));
        for (Exception timeout : timeouts) {
            GraphQLError error = resolve(timeout);
            assertThat(error.getErrorType()).as(timeout.toString()).isEqualTo(StorefrontErrorType.TIMEOUT);
            assertThat(error.getMessage())
                    .contains("storefront.graphql.request-timeout")
                    .doesNotContain("select", "HSEARCH", "interrupted", "Exception", "2026");
        }
        assertThat(resolve(new org.hibernate.TransactionException("Unable to commit"))
                        .getErrorType())
                .as("other transaction failures are no timeouts")
                .isEqualTo(ErrorType.INTERNAL_ERROR);
    }

    private GraphQLError resolve(Exception ex) {
        DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .executionId(ExecutionId.from("test-execution"))
                .mergedField(MergedField.newMergedField(new Field("product")).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
                        .type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("product"))
                        .build())
                .build();
        return this.classifier.resolveException(ex, env).block().get(0);
    }

    record Quantity(@Positive int value) {}
}
