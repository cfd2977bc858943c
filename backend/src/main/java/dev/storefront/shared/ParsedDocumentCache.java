package dev.storefront.shared;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Parses and validates each distinct query document once: the SPA and most integrators send
 * the same few documents with different variables, and parsing plus validation cost more CPU
 * than the rest of a catalog page. Only valid documents are kept, and only small ones, in at
 * most {@code storefront.graphql.document-cache-max-size} of memory by an estimate of each
 * document's size: a client sending endless distinct documents makes the least used ones
 * make way, while the SPA's few documents, used all the time, stay.
 */
@Component
class ParsedDocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer, MeterBinder {

    static final int MAX_CACHED_LENGTH = 8_000;

    /**
     * What graphql-java's parsed document takes per character of its text: 10 to 15 bytes,
     * measured on the SPA's queries and on a document of 700 aliased fields.
     */
    static final int DOCUMENT_BYTES_PER_CHARACTER = 16;

    private final Cache<String, PreparsedDocumentEntry> documents;

    ParsedDocumentCache(@Value("${storefront.graphql.document-cache-max-size:8MB}") DataSize maxSize) {
        this.documents = Caches.weighed(maxSize, (String query, PreparsedDocumentEntry entry) -> bytesOf(query))
                .build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, this.documents, "parsed-documents");
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached = this.documents.getIfPresent(query);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors() && query.length() <= MAX_CACHED_LENGTH) {
            this.documents.put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /**
     * The kept document of this text (parsed and valid), or null; unlike a request, looking
     * doesn't count as a use, a hit or a miss.
     */
    @Nullable
    Document peek(String query) {
        PreparsedDocumentEntry entry = this.documents.policy().getIfPresentQuietly(query);
        return (entry != null) ? entry.getDocument() : null;
    }

    /** The memory the kept documents take, in estimated bytes. */
    long weight() {
        return Caches.weightOf(this.documents);
    }

    static int bytesOf(String query) {
        return Caches.ENTRY_BYTES + Caches.bytesOf(query) + DOCUMENT_BYTES_PER_CHARACTER * query.length();
    }
}
