package dev.storefront.live;

import dev.storefront.shared.LiveProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fan-out {@code storefront.live.fanout} asks for. Redis is touched only when it is asked
 * for: the embedded default and a single instance make no connection and need no Redis at all
 * (Spring Boot's Redis auto-configuration isn't on the class path; Lettuce is used directly).
 */
@Configuration(proxyBeanMethods = false)
class LiveConfig {

    @Bean
    LiveMetrics liveMetrics(MeterRegistry registry) {
        return new LiveMetrics(registry);
    }

    @Bean(destroyMethod = "close")
    LiveSubscriptions liveSubscriptions(LiveProperties properties, LiveMetrics metrics) {
        return new LiveSubscriptions(properties, metrics);
    }

    @Bean
    LiveEvents liveEvents(
            LiveProperties properties,
            LiveMetrics metrics,
            ObjectProvider<JsonMapper> json,
            LiveSubscriptions subscriptions) {
        LocalListeners listeners = new LocalListeners(metrics);
        if (properties.fanout() == LiveProperties.Fanout.REDIS) {
            return new RedisLiveEvents(listeners, json.getObject(), properties.redis(), metrics, subscriptions::endAll);
        }
        return new InProcessLiveEvents(listeners);
    }
}
