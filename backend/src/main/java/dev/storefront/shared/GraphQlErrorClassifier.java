package dev.storefront.shared;

import java.util.Map;
import java.util.stream.Collectors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from resolvers into classified GraphQL errors. A caller's mistake says what
 * was wrong; anything unexpected is logged in full and reported as INTERNAL_ERROR with no
 * exception text, so internals never reach a client.
 */
@Component
class GraphQlErrorClassifier extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorClassifier.class);

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            // Spring for GraphQL's security resolver classifies these: UNAUTHORIZED or FORBIDDEN.
            return null;
        }
        if (RequestTimeouts.isTimeout(ex)) {
            log.warn("Out of time resolving {}: {}", env.getExecutionStepInfo().getPath(), ex.toString());
            return RequestTimeouts.error(env);
        }
        if (ex instanceof BadRequestException) {
            return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
        }
        if (ex instanceof LimitExceededException limit) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(limit.classification())
                    .message(limit.getMessage())
                    .extensions(Map.of("code", limit.code()))
                    .build();
        }
        if (ex instanceof ConstraintViolationException violations) {
            String message = violations.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .sorted()
                    .collect(Collectors.joining("; "));
            return error(env, ErrorType.BAD_REQUEST, message);
        }
        if (DatabaseUnavailable.causedBy(ex)) {
            env.getGraphQlContext().put(DatabaseUnavailableInstrumentation.SEEN, true);
            log.warn(
                    "Database unreachable resolving {} ({})",
                    env.getExecutionStepInfo().getPath(),
                    ex.toString());
            return GraphqlErrorBuilder.newError(env)
                    .errorType(StorefrontErrorType.UNAVAILABLE)
                    .message(DatabaseUnavailable.MESSAGE)
                    .build();
        }
        String reference = env.getExecutionId().toString();
        log.error(
                "Unexpected failure resolving {} (execution {})",
                env.getExecutionStepInfo().getPath(),
                reference,
                ex);
        return error(env, ErrorType.INTERNAL_ERROR, "Internal error; reference " + reference);
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(type)
                .message(message)
                .build();
    }
}
