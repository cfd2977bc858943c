package dev.storefront.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's listeners, by topic, and the one thread that hands them events in order. The
 * queue is bounded: when listeners fall that far behind, further events are dropped and counted
 * rather than held in memory (a subscriber then catches up at its next event or its next stream).
 */
final class LocalListeners implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalListeners.class);

    static final int MAX_QUEUED = 10_000;

    private final Map<String, Topic<?>> topics = new ConcurrentHashMap<>();

    private final ExecutorService dispatcher =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MAX_QUEUED), (runnable) -> {
                Thread thread = new Thread(runnable, "live-events");
                thread.setDaemon(true);
                return thread;
            });

    private final LiveMetrics metrics;

    LocalListeners(LiveMetrics metrics) {
        this.metrics = metrics;
    }

    /** Adds a listener to every event of the topic, or ({@code othersOnly}) to other instances' only. */
    <T> void add(String topic, Class<T> type, Consumer<? super T> listener, boolean othersOnly) {
        @SuppressWarnings("unchecked")
        Topic<T> known = (Topic<T>) this.topics.computeIfAbsent(topic, (name) -> new Topic<>(type));
        if (!known.type().equals(type)) {
            throw new IllegalStateException(
                    "Topic " + topic + " carries " + known.type().getName());
        }
        (othersOnly ? known.othersOnly() : known.listeners()).add(listener);
    }

    /** The type a topic's events have here, or null when nothing here listens to it. */
    @Nullable
    Class<?> typeOf(String topic) {
        Topic<?> known = this.topics.get(topic);
        return (known != null) ? known.type() : null;
    }

    /**
     * Hands the event to the topic's listeners, on the dispatcher thread: those to other
     * instances' events only when it was not published here ({@code fromHere}).
     */
    void deliver(String topic, Object event, boolean fromHere) {
        Topic<?> known = this.topics.get(topic);
        if (known == null || (fromHere && known.listeners().isEmpty())) {
            return;
        }
        try {
            this.dispatcher.execute(() -> known.deliver(event, fromHere));
        } catch (RejectedExecutionException ex) {
            this.metrics.dropped();
            log.warn("Live event on {} dropped: listeners are {} events behind", topic, MAX_QUEUED);
        }
    }

    @Override
    public void close() {
        this.dispatcher.shutdownNow();
    }

    private record Topic<T>(Class<T> type, List<Consumer<? super T>> listeners, List<Consumer<? super T>> othersOnly) {

        Topic(Class<T> type) {
            this(type, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        }

        void deliver(Object event, boolean fromHere) {
            T typed = this.type.cast(event);
            accept(this.listeners, typed);
            if (!fromHere) {
                accept(this.othersOnly, typed);
            }
        }

        private static <T> void accept(List<Consumer<? super T>> listeners, T event) {
            for (Consumer<? super T> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException ex) {
                    log.error("A live event listener failed", ex);
                }
            }
        }
    }
}
