package dev.storefront.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Runs GraphQL controller methods on the thread that serves the request. Should virtual threads
 * be switched on ({@code spring.threads.virtual.enabled}, off by default: see application.yaml),
 * Spring for GraphQL would otherwise hand each blocking controller method to the task executor:
 * a thread hop per field, and a response finished on another thread, which makes the servlet
 * container dispatch the request a second time through every filter, reading the session from
 * the database again. Requests run on Tomcat's platform threads, where the methods run inline
 * anyway; this keeps it so whatever the threads, on every runtime.
 */
@Configuration(proxyBeanMethods = false)
class InlineControllerMethods {

    @Bean
    static BeanPostProcessor controllerMethodsOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate((method) -> false);
                }
                return bean;
            }
        };
    }
}
