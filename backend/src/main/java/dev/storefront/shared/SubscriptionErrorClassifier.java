package dev.storefront.shared;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * What a subscription's stream ends with when its source fails after it started (a limit
 * refused on subscribing, the database gone while reading an event's view): the same classified
 * errors {@link GraphQlErrorClassifier} gives a field, with no exception text for anything
 * unexpected. The transport sends them as the stream's last event, then completes it.
 */
@Component
class SubscriptionErrorClassifier extends SubscriptionExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrorClassifier.class);

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
        if (ex instanceof LimitExceededException limit) {
            return GraphqlErrorBuilder.newError()
                    .errorType(limit.classification())
                    .message(limit.getMessage())
                    .extensions(Map.of("code", limit.code()))
                    .build();
        }
        if (ex instanceof BadRequestException) {
            return GraphqlErrorBuilder.newError()
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(ex.getMessage())
                    .build();
        }
        if (DatabaseUnavailable.causedBy(ex)) {
            log.warn("Database unreachable while a subscription read its next event ({})", ex.toString());
            return GraphqlErrorBuilder.newError()
                    .errorType(StorefrontErrorType.UNAVAILABLE)
                    .message(DatabaseUnavailable.MESSAGE)
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure in a subscription (reference {})", reference, ex);
        return GraphqlErrorBuilder.newError()
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error; reference " + reference)
                .build();
    }
}
