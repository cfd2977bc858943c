package dev.storefront.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.storefront.shared.LimitExceededException;
import dev.storefront.shared.LiveProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Every open subscription on this instance, counted per session, per client address and in all
 * ({@code storefront.live.max-subscriptions-*}): a stream over a limit is refused when it starts,
 * with a code that names the limit. Streams end together when the instance stops (before the
 * web server's graceful shutdown, which would otherwise wait on them) and when events may have
 * been missed (the broker was unreachable): their clients subscribe again and get the current
 * state.
 */
public class LiveSubscriptions implements SmartLifecycle {

    private final LiveProperties properties;

    private final LiveMetrics metrics;

    private final Map<String, AtomicInteger> perSession = new ConcurrentHashMap<>();

    private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();

    private final AtomicInteger open = new AtomicInteger();

    private final Sinks.Many<Boolean> endAll = Sinks.many().multicast().directBestEffort();

    private final Scheduler reads;

    private volatile boolean running;

    LiveSubscriptions(LiveProperties properties, LiveMetrics metrics) {
        this.properties = properties;
        this.metrics = metrics;
        this.reads = Schedulers.newBoundedElastic(
                properties.readThreads(), Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "live-reads", 60, true);
        metrics.subscriptions(this.open::get);
    }

    /**
     * Where streams read what an event calls for ({@code storefront.live.read-threads} threads):
     * so many events at once take at most that many database connections.
     */
    public Scheduler reads() {
        return this.reads;
    }

    /**
     * The stream, counted against the client's limits from when it is subscribed to until it
     * ends; refused (the stream fails with a {@link LimitExceededException}) when over a limit.
     */
    public <T> Flux<T> open(LiveClient client, Flux<T> stream) {
        return Flux.defer(() -> {
            Runnable release = acquire(client);
            return stream.takeUntilOther(this.endAll.asFlux()).doFinally((signal) -> release.run());
        });
    }

    /** How many subscriptions are open on this instance. */
    public int openCount() {
        return this.open.get();
    }

    /** Ends every open stream; their clients subscribe again. */
    void endAll() {
        this.endAll.tryEmitNext(Boolean.TRUE);
    }

    private Runnable acquire(LiveClient client) {
        if (!this.running) {
            throw refused(LimitExceededException.full(
                    "SHUTTING_DOWN", "The shop is restarting; subscribe again in a moment"));
        }
        if (this.open.incrementAndGet() > this.properties.maxSubscriptions()) {
            this.open.decrementAndGet();
            throw refused(
                    LimitExceededException.full(
                            "SUBSCRIPTIONS_FULL",
                            "The shop holds as many live streams as it can (storefront.live.max-subscriptions); try again later"));
        }
        if (!take(this.perClient, client.address(), this.properties.maxSubscriptionsPerClient())) {
            this.open.decrementAndGet();
            throw refused(new LimitExceededException(
                    "TOO_MANY_SUBSCRIPTIONS_FROM_CLIENT",
                    "This address holds " + this.properties.maxSubscriptionsPerClient()
                            + " live streams already (storefront.live.max-subscriptions-per-client); close one first"));
        }
        String session = client.sessionId();
        if (session != null && !take(this.perSession, session, this.properties.maxSubscriptionsPerSession())) {
            give(this.perClient, client.address());
            this.open.decrementAndGet();
            throw refused(
                    new LimitExceededException(
                            "TOO_MANY_SUBSCRIPTIONS",
                            "This session holds " + this.properties.maxSubscriptionsPerSession()
                                    + " live streams already (storefront.live.max-subscriptions-per-session); close one first"));
        }
        return () -> {
            if (session != null) {
                give(this.perSession, session);
            }
            give(this.perClient, client.address());
            this.open.decrementAndGet();
        };
    }

    private LimitExceededException refused(LimitExceededException refusal) {
        this.metrics.refused(refusal.code());
        return refusal;
    }

    /** One more for the key unless it is at the limit; entries exist only while streams are open. */
    private static boolean take(Map<String, AtomicInteger> counts, String key, int limit) {
        boolean[] taken = {false};
        counts.compute(key, (name, count) -> {
            AtomicInteger current = (count != null) ? count : new AtomicInteger();
            if (current.get() < limit) {
                current.incrementAndGet();
                taken[0] = true;
            }
            return (current.get() == 0) ? null : current;
        });
        return taken[0];
    }

    private static void give(Map<String, AtomicInteger> counts, String key) {
        counts.computeIfPresent(key, (name, count) -> (count.decrementAndGet() <= 0) ? null : count);
    }

    @Override
    public void start() {
        this.running = true;
    }

    @Override
    public void stop() {
        this.running = false;
        endAll();
    }

    /** Once the context closes (after stop), the read threads go too. */
    void close() {
        this.reads.dispose();
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    /** Stops first: streams end before the web server waits for requests in flight. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** For tests: the streams a session holds. */
    int openFor(@Nullable String sessionId) {
        AtomicInteger count = (sessionId != null) ? this.perSession.get(sessionId) : null;
        return (count != null) ? count.get() : 0;
    }
}
