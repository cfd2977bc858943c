package dev.storefront.shared;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Registers the contract's scalars with the schema, each with the rule its input must follow. */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return (wiring) -> wiring.scalar(TypeRules.withRule(
                        ExtendedScalars.DateTime, "an RFC 3339 date-time with an offset, e.g. 2026-11-21T08:15:30Z"))
                .scalar(TypeRules.withRule(DecimalScalar.INSTANCE, DecimalScalar.RULE))
                .scalar(TypeRules.withRule(ExtendedScalars.PositiveInt, "a whole number from 1 to 2147483647"))
                .scalar(TypeRules.withRule(ExtendedScalars.NonNegativeInt, "a whole number from 0 to 2147483647"))
                .scalar(TypeRules.withRule(UrlScalar.INSTANCE, UrlScalar.RULE));
    }
}
