package dev.storefront.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one clock everything reads the time from, so tests can set it; and scheduled jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Clocks {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
