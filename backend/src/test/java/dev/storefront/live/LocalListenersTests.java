package dev.storefront.live;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A listener to other instances' events hears none of this instance's own. */
class LocalListenersTests {

    @Test
    void listenersToOtherInstancesHearOnlyWhatCameFromThem() throws InterruptedException {
        try (LocalListeners listeners = new LocalListeners(new LiveMetrics(new SimpleMeterRegistry()))) {
            BlockingQueue<String> all = new LinkedBlockingQueue<>();
            BlockingQueue<String> others = new LinkedBlockingQueue<>();
            listeners.add("topic", String.class, all::add, false);
            listeners.add("topic", String.class, others::add, true);
            listeners.deliver("topic", "published here", true);
            listeners.deliver("topic", "from another instance", false);
            assertThat(all.poll(5, TimeUnit.SECONDS)).isEqualTo("published here");
            assertThat(all.poll(5, TimeUnit.SECONDS)).isEqualTo("from another instance");
            // One dispatcher thread hands events out in order: the first was handed out before this.
            assertThat(others.poll(5, TimeUnit.SECONDS)).isEqualTo("from another instance");
            assertThat(others).isEmpty();
        }
    }
}
