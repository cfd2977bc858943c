package dev.storefront.shared;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Registers the contract's scalars with the schema. */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.DateTime)
			.scalar(DecimalScalar.INSTANCE)
			.scalar(ExtendedScalars.PositiveInt)
			.scalar(ExtendedScalars.NonNegativeInt)
			.scalar(ExtendedScalars.Url);
	}

}
