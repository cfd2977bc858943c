package dev.storefront.live;

import java.util.function.Consumer;

/** One instance: events go to this instance's listeners only. The default. */
final class InProcessLiveEvents implements LiveEvents, AutoCloseable {

    private final LocalListeners listeners;

    InProcessLiveEvents(LocalListeners listeners) {
        this.listeners = listeners;
    }

    @Override
    public void publish(String topic, Object event) {
        this.listeners.deliver(topic, event, true);
    }

    @Override
    public <T> void listen(String topic, Class<T> type, Consumer<? super T> listener) {
        this.listeners.add(topic, type, listener, false);
    }

    @Override
    public <T> void listenToOthers(String topic, Class<T> type, Consumer<? super T> listener) {
        this.listeners.add(topic, type, listener, true);
    }

    @Override
    public void close() {
        this.listeners.close();
    }
}
