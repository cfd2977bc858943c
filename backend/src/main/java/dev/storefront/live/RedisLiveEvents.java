package dev.storefront.live;

import java.net.SocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import dev.storefront.shared.LiveProperties;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several instances: every event goes to this instance's listeners at once and, as JSON on one
 * Redis pub/sub channel, to the other instances' (each ignores what it sent itself). Redis is
 * never waited on: a publish that fails (Redis down, slow, unreachable) is logged and counted,
 * and this instance's subscribers still get their events. Connections are made in the
 * background and made again after an outage; once Redis is back, this instance ends its streams
 * so that clients subscribe again and see what they missed meanwhile.
 */
final class RedisLiveEvents implements LiveEvents, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLiveEvents.class);

    private final String origin = UUID.randomUUID().toString();

    private final LocalListeners listeners;

    private final JsonMapper json;

    private final LiveProperties.Redis settings;

    private final LiveMetrics metrics;

    private final Runnable afterOutage;

    private final ClientResources resources;

    private final RedisClient client;

    /** The connections that are down now; once none is, after an outage, streams catch up. */
    private final Set<RedisChannelHandler<?, ?>> down = ConcurrentHashMap.newKeySet();

    private final ScheduledExecutorService connector = Executors.newSingleThreadScheduledExecutor((runnable) -> {
        Thread thread = new Thread(runnable, "live-redis");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicBoolean connected = new AtomicBoolean();

    /** Set once an outage was logged, so that a long one is logged once, not every few seconds. */
    private final AtomicBoolean outageLogged = new AtomicBoolean();

    private volatile @Nullable StatefulRedisConnection<String, String> publishing;

    private volatile @Nullable StatefulRedisPubSubConnection<String, String> subscribed;

    RedisLiveEvents(
            LocalListeners listeners,
            JsonMapper json,
            LiveProperties.Redis settings,
            LiveMetrics metrics,
            Runnable afterOutage) {
        this.listeners = listeners;
        this.json = json;
        this.settings = settings;
        this.metrics = metrics;
        this.afterOutage = afterOutage;
        RedisURI uri = RedisURI.create(settings.url());
        uri.setTimeout(settings.timeout());
        this.resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.constant(settings.reconnectDelay()))
                .build();
        this.client = RedisClient.create(this.resources, uri);
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // While disconnected, a publish fails at once instead of queueing in memory.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(settings.timeout())
                        .build())
                .build());
        this.client.addListener(new ConnectionState());
        metrics.fanoutConnected(() -> this.connected.get() ? 1 : 0);
        this.connector.execute(this::connect);
    }

    @Override
    public void publish(String topic, Object event) {
        this.listeners.deliver(topic, event, true);
        StatefulRedisConnection<String, String> connection = this.publishing;
        if (connection == null) {
            failed("publish", "not connected yet");
            return;
        }
        String message;
        try {
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("origin", this.origin);
            envelope.put("topic", topic);
            envelope.put("event", event);
            message = this.json.writeValueAsString(envelope);
        } catch (JacksonException ex) {
            log.error("A live event on {} could not be written as JSON", topic, ex);
            return;
        }
        try {
            connection.async().publish(this.settings.channel(), message).exceptionally((ex) -> {
                failed("publish", ex.toString());
                return 0L;
            });
        } catch (RuntimeException ex) {
            failed("publish", ex.toString());
        }
    }

    @Override
    public <T> void listen(String topic, Class<T> type, Consumer<? super T> listener) {
        this.listeners.add(topic, type, listener, false);
    }

    @Override
    public <T> void listenToOthers(String topic, Class<T> type, Consumer<? super T> listener) {
        this.listeners.add(topic, type, listener, true);
    }

    /** Connects both connections, trying again every reconnect delay until Redis answers. */
    private void connect() {
        try {
            if (this.subscribed == null) {
                StatefulRedisPubSubConnection<String, String> pubSub = this.client.connectPubSub();
                pubSub.addListener(new Messages());
                pubSub.sync().subscribe(this.settings.channel());
                this.subscribed = pubSub;
            }
            if (this.publishing == null) {
                this.publishing = this.client.connect();
            }
            this.connected.set(true);
            if (this.outageLogged.compareAndSet(true, false)) {
                // Redis was unreachable at first: events may have been missed since this instance started.
                this.afterOutage.run();
            }
            log.info("Live updates fan out through Redis ({}, channel {})", redacted(), this.settings.channel());
        } catch (RuntimeException ex) {
            failed("connect", ex.toString());
            this.connector.schedule(
                    this::connect, this.settings.reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void failed(String operation, String why) {
        this.metrics.fanoutFailed(operation);
        if (this.outageLogged.compareAndSet(false, true)) {
            log.warn(
                    "Redis can't be reached for live updates ({}: {}); this instance's subscribers still get its own"
                            + " events, other instances' events are missed until it is back",
                    operation,
                    why);
        } else {
            log.debug("Redis still unreachable ({}: {})", operation, why);
        }
    }

    private void received(String message) {
        try {
            JsonNode envelope = this.json.readTree(message);
            if (this.origin.equals(envelope.path("origin").asString())) {
                return;
            }
            String topic = envelope.path("topic").asString();
            Class<?> type = this.listeners.typeOf(topic);
            if (type != null) {
                this.listeners.deliver(topic, this.json.treeToValue(envelope.get("event"), type), false);
            }
        } catch (JacksonException | IllegalArgumentException ex) {
            this.metrics.fanoutFailed("receive");
            log.warn("A live event from Redis could not be read ({})", ex.toString());
        }
    }

    private String redacted() {
        RedisURI uri = RedisURI.create(this.settings.url());
        return uri.getHost() + ":" + uri.getPort();
    }

    @Override
    public void close() {
        this.connector.shutdownNow();
        this.client.shutdown();
        this.resources.shutdown();
        this.listeners.close();
    }

    private final class Messages extends RedisPubSubAdapter<String, String> {

        @Override
        public void message(String channel, String message) {
            received(message);
        }
    }

    private final class ConnectionState implements RedisConnectionStateListener {

        @Override
        public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
            RedisLiveEvents.this.down.remove(connection);
            if (RedisLiveEvents.this.down.isEmpty()
                    && RedisLiveEvents.this.publishing != null
                    && RedisLiveEvents.this.outageLogged.compareAndSet(true, false)) {
                log.info("Redis is back for live updates; ending this instance's streams so clients catch up");
                RedisLiveEvents.this.connected.set(true);
                RedisLiveEvents.this.afterOutage.run();
            }
        }

        @Override
        public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
            RedisLiveEvents.this.down.add(connection);
            RedisLiveEvents.this.connected.set(false);
            failed("connection", "disconnected");
        }
    }
}
