package dev.storefront.shared;

import graphql.execution.ExecutionContext;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

/**
 * The {@code graphql.request} timings by operation name as well as by outcome and type: Spring
 * for GraphQL keeps the name out of metrics (anyone chooses it); {@link GraphQlOperationNames}
 * bounds it.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlRequestObservations {

    static final String OPERATION_NAME = "graphql.operation.name";

    @Bean
    ExecutionRequestObservationConvention graphQlRequestsByOperationName(GraphQlOperationNames names) {
        return new DefaultExecutionRequestObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
                return super.getLowCardinalityKeyValues(context)
                        .and(KeyValue.of(OPERATION_NAME, names.tagFor(namedOperation(context))));
            }

            @Override
            public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
                // The execution id alone: the raw name stays out, also of traces, since the
                // low-cardinality key carries the bounded one.
                return KeyValues.of(executionId(context));
            }
        };
    }

    /** The name the request gave, or else (once known) the name of the operation its document holds. */
    private static @Nullable String namedOperation(ExecutionRequestObservationContext context) {
        String requested = context.getExecutionInput().getOperationName();
        if (requested != null && !requested.isEmpty()) {
            return requested;
        }
        ExecutionContext execution = context.getExecutionContext();
        return (execution != null && execution.getOperationDefinition() != null)
                ? execution.getOperationDefinition().getName()
                : null;
    }
}
