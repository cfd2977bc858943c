package dev.storefront.shared;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.storefront.MutableClock;
import dev.storefront.StorefrontTest;
import dev.storefront.Visitor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.storefront.Answers.classification;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request ends by its deadline ({@code storefront.graphql.request-timeout}, 10 s here): no field
 * starts after it, and what was resolved before stays in the response. The shop's clock is one
 * the test moves, through a test-only field, so the deadline passes without waiting for it.
 */
@StorefrontTest
@TestPropertySource(properties = "storefront.graphql.request-timeout=10s")
class RequestDeadlineTests {

    @LocalServerPort
    int port;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactionManager;

    Statistics statistics;

    @BeforeEach
    void countStatements() {
        this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.statistics.clear();
    }

    @Test
    void fieldsAfterTheDeadlineAreNotResolvedAndWhatWasResolvedStays() {
        GraphQlTester.Response response =
                new Visitor(this.port).documentName("deadlineMidway").execute();
        response.errors().satisfy((errors) -> {
            assertThat(errors)
                    .extracting(ResponseError::getParsedPath)
                    .containsExactlyInAnyOrder(List.of("after"), List.of("also"));
            assertThat(errors).allSatisfy((error) -> {
                assertThat(classification(error)).isEqualTo("TIMEOUT");
                assertThat(error.getMessage()).contains("storefront.graphql.request-timeout");
            });
        });
        response.path("before.name")
                .entity(String.class)
                .isEqualTo("Audio")
                .path("late")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("after")
                .valueIsNull()
                .path("also")
                .valueIsNull();
    }

    @Test
    void aSearchAfterTheDeadlineRunsNothing() {
        // search is non-null, so its null takes the whole data with it, as GraphQL has it.
        new Visitor(this.port)
                .documentName("deadlineBeforeSearch")
                .execute()
                .errors()
                .satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
                    assertThat(error.getParsedPath()).isEqualTo(List.of("search"));
                    assertThat(classification(error)).isEqualTo("TIMEOUT");
                }));
        assertThat(this.statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void eachRequestHasItsOwnDeadline() {
        Visitor browser = new Visitor(this.port);
        browser.documentName("deadlinePassed").execute();
        browser.documentName("category")
                .variable("slug", "audio")
                .execute()
                .path("category.name")
                .entity(String.class)
                .isEqualTo("Audio");
    }

    @Test
    void aStatementThatWouldOutlastTheDeadlineIsCancelledWhenTheDeadlineComes() {
        // 9 of the request's 10 seconds gone: its transaction gets the last second, not the
        // 30 seconds of spring.transaction.default-timeout, and the 5-second statement is cancelled.
        GraphQlTester.Response response = new Visitor(this.port)
                .documentName("deadlineBeforeSlowStatement")
                .execute();
        response.errors()
                .satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
                    assertThat(error.getParsedPath()).isEqualTo(List.of("slow"));
                    assertThat(classification(error)).isEqualTo("TIMEOUT");
                    assertThat(error.toString())
                            .doesNotContainIgnoringCase("sleep")
                            .doesNotContain("Exception");
                }));
        response.path("late").entity(Boolean.class).isEqualTo(true).path("slow").valueIsNull();
    }

    @Test
    void outsideARequestTransactionsKeepTheDefaultTimeout() {
        assertThat(this.transactionManager)
                .isInstanceOf(DeadlineBoundTransactions.DeadlineBoundTransactionManager.class);
        assertThat(((JpaTransactionManager) this.transactionManager).getDefaultTimeout())
                .isEqualTo(30);
    }

    /** A clock the test moves, and two test-only fields: one moves the clock, one is a slow statement. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SlowFields {

        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now());
        }

        @Bean
        GraphQlSourceBuilderCustomizer slowFieldsSchema() {
            String schema = """
                    extend type Query {
                      "Test only: moves the shop's clock forward."
                      advanceClock("How far, in seconds." seconds: Int!): Boolean
                      "Test only: a database statement that takes its time."
                      sleepInTheDatabase("How long, in seconds." seconds: Int!): Boolean
                    }""";
            return (builder) -> builder.schemaResources(new ByteArrayResource(schema.getBytes(StandardCharsets.UTF_8)));
        }

        @Bean
        RuntimeWiringConfigurer slowFields(
                MutableClock clock, EntityManager entityManager, PlatformTransactionManager transactionManager) {
            TransactionTemplate transaction = new TransactionTemplate(transactionManager);
            return (wiring) -> wiring.type(
                    "Query",
                    (type) -> type.dataFetcher("advanceClock", (env) -> {
                                clock.advance(Duration.ofSeconds(env.<Integer>getArgument("seconds")));
                                return true;
                            })
                            .dataFetcher(
                                    "sleepInTheDatabase",
                                    (env) -> transaction.execute((status) -> {
                                        entityManager
                                                .createNativeQuery(
                                                        "select sleep(" + env.<Integer>getArgument("seconds") + ")")
                                                .getSingleResult();
                                        return true;
                                    })));
        }
    }
}
