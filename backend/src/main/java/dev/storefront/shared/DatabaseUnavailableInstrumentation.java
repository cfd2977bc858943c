package dev.storefront.shared;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Once one field of a request found the database unreachable, the request's other fields fail
 * at once with the same UNAVAILABLE error instead of each waiting out the pool's connection
 * timeout: a hundred aliased lookups against a dead database cost one timeout, not a hundred.
 * Fields read from what was already loaded (trivial fetchers) still answer. The events of a
 * subscription are left alone: a stream outlives an outage, and each event reads afresh.
 */
class DatabaseUnavailableInstrumentation implements Instrumentation {

    /** The GraphQL context key {@link GraphQlErrorClassifier} sets when it met an unreachable database. */
    static final String SEEN = DatabaseUnavailableInstrumentation.class.getName() + ".seen";

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters,
            @Nullable InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || RequestDeadlineInstrumentation.isEventField(parameters)) {
            return dataFetcher;
        }
        return (environment) -> {
            if (Boolean.TRUE.equals(environment.getGraphQlContext().get(SEEN))) {
                throw new DataAccessResourceFailureException("The database was unreachable earlier in this request");
            }
            return dataFetcher.get(environment);
        };
    }
}
