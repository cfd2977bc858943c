package dev.storefront.order;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners of {@link OrderPlaced} ({@code @ApplicationModuleListener}) run asynchronously, on
 * the application's task executor: a slow or failing listener (a mail server) never delays or
 * fails the checkout whose commit it follows.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class OrderEvents {}
