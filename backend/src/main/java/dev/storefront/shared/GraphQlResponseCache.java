package dev.storefront.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import graphql.ExecutionResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Answers anonymous catalog reads from memory, as the bytes the shop sent the first time: the
 * catalog is read far more than it is written, and most visitors ask the same few pages. Only a
 * query whose root fields are all {@link AnonymousReads}, from a caller who is not signed in,
 * with no request {@code extensions}, is looked up; only an answer with data and without errors,
 * extensions or headers of its own is kept. The key is the document as the parser reads it
 * (whitespace and comments aside), the operation name, the variables, the response's media
 * type, the method and the address the request came to (image URLs are made from it). Answers
 * are kept for {@code storefront.graphql.response-cache-ttl}, in at most
 * {@code storefront.graphql.response-cache-max-size} by their size; every committed change to
 * the catalog forgets them all ({@link #forgetAll()}), so this instance never answers from before
 * a change it made; another instance's changes show here once the time to live has passed. A
 * request sent with {@code Cache-Control: no-cache} is computed afresh (and its answer kept).
 * Requests that miss the same key at once wait for the first one's answer rather than each
 * computing it (a popular page expiring would otherwise send every request in flight to the
 * database at once). Hits and misses are the Micrometer meter
 * {@code cache.gets{cache=graphql-responses}}; a request that waited counts as a miss.
 */
@Component
public class GraphQlResponseCache implements MeterBinder {

    /** Variables larger than this (by estimate) are a stranger's, not a page's: not kept. */
    static final int MAX_KEY_BYTES = 16_384;

    private final SharedDocuments documents;

    private final @Nullable Cache<Key, byte[]> answers;

    private final long maxAnswerBytes;

    /** Bumped by every change, so that an answer computed before it is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    /**
     * The answers being computed, so that requests missing the same key at once (when an answer
     * expires, or after a change, for a popular page) wait for one computation instead of each
     * running their own; a waiter computes after all once {@code wait} has passed.
     */
    private final ConcurrentHashMap<Key, CompletableFuture<byte @Nullable []>> computing = new ConcurrentHashMap<>();

    private final Duration wait;

    GraphQlResponseCache(
            SharedDocuments documents,
            @Value("${storefront.graphql.response-cache-ttl:10s}") Duration ttl,
            @Value("${storefront.graphql.response-cache-max-size:8MB}") DataSize maxSize,
            GraphQlLimitsProperties limits,
            Clock clock) {
        this.documents = documents;
        this.wait = limits.requestTimeout();
        this.maxAnswerBytes = maxSize.toBytes() / 16;
        if (ttl.isZero() || maxSize.toBytes() == 0) {
            this.answers = null;
            return;
        }
        this.answers = Caches.weighed(
                        maxSize,
                        (Key key, byte[] answer) ->
                                Caches.ENTRY_BYTES + key.bytes() + Caches.OBJECT_BYTES + answer.length)
                .expireAfterWrite(ttl)
                .ticker(Caches.ticker(clock))
                .build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (this.answers != null) {
            CaffeineCacheMetrics.monitor(registry, this.answers, "graphql-responses");
        }
    }

    /**
     * The request's key when its answer may be shared, else null: a signed-in caller, a document
     * not (yet) parsed and validated, a mutation, a field off the list or request extensions.
     */
    @Nullable
    Key keyFor(HttpServletRequest request, String method, MediaType mediaType, Map<String, Object> parameters) {
        if (this.answers == null
                || parameters.containsKey("extensions")
                || !(parameters.get("query") instanceof String text)) {
            return null;
        }
        String operationName =
                (parameters.get("operationName") instanceof String name && !name.isEmpty()) ? name : null;
        SharedDocument document = this.documents.of(text);
        if (document == null || !document.mayKeep(operationName)) {
            return null;
        }
        Object variables = parameters.getOrDefault("variables", Map.of());
        String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        long bytes = Caches.bytesOf(document.text())
                + Caches.bytesOf(operationName)
                + SharedDocument.bytesOf(variables)
                + Caches.bytesOf(origin);
        if (bytes > MAX_KEY_BYTES || !isAnonymous()) {
            return null;
        }
        return new Key(document.text(), operationName, variables, mediaType, method, origin, (int) bytes);
    }

    /**
     * The kept answer, or the one another request is computing for the same key (waited for), or
     * else the right to compute it: then call {@link #keep} or {@link #abandon}. A request that
     * asks for a fresh answer ({@code fresh}) computes it, and may still keep it.
     */
    Lookup lookUp(Key key, boolean fresh) {
        long generation = this.generation.get();
        byte[] kept = (fresh || this.answers == null) ? null : this.answers.getIfPresent(key);
        if (kept != null) {
            return new Lookup(key, generation, kept, null);
        }
        CompletableFuture<byte @Nullable []> mine = new CompletableFuture<>();
        CompletableFuture<byte @Nullable []> other = fresh ? null : this.computing.putIfAbsent(key, mine);
        if (other == null && !fresh && this.answers != null) {
            // Kept by a request that finished between the look above and this one: use it.
            byte[] justKept = this.answers.policy().getIfPresentQuietly(key);
            if (justKept != null) {
                this.computing.remove(key, mine);
                mine.complete(justKept);
                return new Lookup(key, generation, justKept, null);
            }
        }
        if (other == null) {
            return new Lookup(key, generation, null, fresh ? null : mine);
        }
        byte[] theirs = null;
        try {
            theirs = other.get(this.wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ex) {
            // computed here after all
        }
        return new Lookup(key, generation, theirs, null);
    }

    /**
     * Keeps an answer computed for the lookup, if it may be shared, and hands it to the requests
     * waiting for it; one whose computing overlapped a change is handed to them (they asked
     * before it) but not kept (the check after the put closes the gap with a change in between).
     */
    void keep(Lookup lookup, WebGraphQlResponse response, byte[] body) {
        ExecutionResult result = response.getExecutionResult();
        boolean shareable = this.answers != null
                && body.length <= this.maxAnswerBytes
                && result.isDataPresent()
                && result.getErrors().isEmpty()
                && (result.getExtensions() == null || result.getExtensions().isEmpty())
                && response.getResponseHeaders().isEmpty();
        if (shareable) {
            this.answers.put(lookup.key(), body);
            if (this.generation.get() != lookup.generation()) {
                this.answers.invalidate(lookup.key());
            }
        }
        settle(lookup, shareable ? body : null);
    }

    /** The computing failed: those waiting for it compute their own. */
    void abandon(Lookup lookup) {
        settle(lookup, null);
    }

    private void settle(Lookup lookup, byte @Nullable [] body) {
        if (lookup.flight() != null) {
            this.computing.remove(lookup.key(), lookup.flight());
            lookup.flight().complete(body);
        }
    }

    /** The catalog changed (and was committed): every kept answer may be wrong. */
    public void forgetAll() {
        this.generation.incrementAndGet();
        // Who asks from now on computes anew rather than waiting for an answer from before.
        this.computing.clear();
        if (this.answers != null) {
            this.answers.invalidateAll();
        }
    }

    /** The memory the kept answers take, in estimated bytes. */
    long weight() {
        return (this.answers != null) ? Caches.weightOf(this.answers) : 0;
    }

    private static boolean isAnonymous() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated();
    }

    /**
     * What a kept answer is found by; {@code bytes} estimates the memory its parts take (it follows
     * from them, so it changes nothing in equality).
     */
    record Key(
            String document,
            @Nullable String operationName,
            Object variables,
            MediaType mediaType,
            String method,
            String origin,
            int bytes) {}

    /**
     * A request's look into the cache: the answer to send, or (null) the right to compute it, with
     * where the data stood before ({@code generation}) and those waiting for it ({@code flight}).
     */
    record Lookup(
            Key key,
            long generation,
            byte @Nullable [] answer,
            @Nullable CompletableFuture<byte @Nullable []> flight) {}
}
