package dev.storefront;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.storefront.order.OrderPlacedProbe;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application over real HTTP, against a real MySQL-compatible database
 * ({@link TestDatabase}) holding the hand-checked catalog of {@code test-catalog.md}. Every such
 * test shares one application context, with a listener that notes each order placed ({@link OrderPlacedProbe}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
@Import({TestDatabase.class, OrderPlacedProbe.class})
public @interface StorefrontTest {}
