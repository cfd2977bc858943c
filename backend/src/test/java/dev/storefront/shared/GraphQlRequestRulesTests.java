package dev.storefront.shared;

import dev.storefront.StorefrontTest;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * graphql-java calls each instrumentation of its chain at every field of every answer, so the
 * shop's rules are one instrumentation ({@link GraphQlRequestRules}) beside Spring's observations:
 * a rule added as a bean of its own would put that cost back on every field.
 */
@StorefrontTest
class GraphQlRequestRulesTests {

    private final GraphQlSource graphQlSource;

    @Autowired
    GraphQlRequestRulesTests(GraphQlSource graphQlSource) {
        this.graphQlSource = graphQlSource;
    }

    @Test
    void theEngineRunsTheShopsRulesAsOneInstrumentationBesideTheObservations() {
        Instrumentation instrumentation = this.graphQlSource.graphQl().getInstrumentation();
        assertThat(instrumentation).isInstanceOf(ChainedInstrumentation.class);
        assertThat(((ChainedInstrumentation) instrumentation).getInstrumentations())
                .extracting(Object::getClass)
                .containsExactlyInAnyOrder(GraphQlRequestRules.class, GraphQlObservationInstrumentation.class);
    }
}
