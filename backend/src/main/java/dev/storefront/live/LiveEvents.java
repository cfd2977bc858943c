package dev.storefront.live;

import java.util.function.Consumer;

/**
 * Events for live updates, fanned out to every instance of the shop: a feature publishes one
 * after a commit (ids only, never what some subscriber may not see), and each instance's
 * listeners work out what their own subscribers are shown. In-process for one instance;
 * through Redis pub/sub with {@code storefront.live.fanout=redis}.
 */
public interface LiveEvents {

    /**
     * Delivers the event to the topic's listeners here and on every other instance. Never throws
     * and never waits on the network: a broker that can't be reached is logged and counted, and
     * this instance's own listeners still hear the event.
     * @param event a record that serializes to JSON
     */
    void publish(String topic, Object event);

    /**
     * Listens to a topic. Events arrive one at a time, in the order they were published here, on
     * a thread of the fan-out's own (never the publisher's, whose commit they follow): a listener
     * should hand slow work (a database read) on rather than do it in place.
     */
    <T> void listen(String topic, Class<T> type, Consumer<? super T> listener);

    /**
     * Listens to a topic's events published on other instances only: for what this instance did
     * already when it published its own (a cache it forgot at the commit). Events arrive as for
     * {@link #listen}. With the in-process fan-out (one instance) such a listener hears nothing.
     */
    <T> void listenToOthers(String topic, Class<T> type, Consumer<? super T> listener);
}
