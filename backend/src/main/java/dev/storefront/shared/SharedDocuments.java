package dev.storefront.shared;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import graphql.language.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Which documents' answers {@link GraphQlResponseCache} may share, by document text: worked out
 * once per text ({@link SharedDocument}) from its parsed form, which {@link ParsedDocumentCache}
 * holds once a request with it was executed and found valid. Until then the text is not known
 * here, so a stranger's endless one-off documents are never parsed twice. What is known takes at
 * most an eighth of {@code storefront.graphql.response-cache-max-size}.
 */
@Component
class SharedDocuments {

    private final ParsedDocumentCache parsedDocuments;

    private final Set<String> anonymousFields;

    private final Cache<String, SharedDocument> documents;

    SharedDocuments(
            ParsedDocumentCache parsedDocuments,
            List<AnonymousReads> reads,
            @Value("${storefront.graphql.response-cache-max-size:8MB}") DataSize maxSize) {
        this.parsedDocuments = parsedDocuments;
        this.anonymousFields =
                reads.stream().flatMap((read) -> read.rootFields().stream()).collect(Collectors.toSet());
        this.documents = Caches.weighed(
                        DataSize.ofBytes(Math.max(maxSize.toBytes() / 8, 1)),
                        (String text, SharedDocument document) ->
                                Caches.ENTRY_BYTES + Caches.bytesOf(text) + document.bytes())
                .build();
    }

    /** What is known of this document text; null for a text not (yet) parsed and found valid. */
    @Nullable
    SharedDocument of(String text) {
        SharedDocument known = this.documents.getIfPresent(text);
        if (known != null) {
            return known;
        }
        Document parsed = this.parsedDocuments.peek(text);
        if (parsed == null) {
            return null;
        }
        SharedDocument document = SharedDocument.of(parsed, this.anonymousFields);
        this.documents.put(text, document);
        return document;
    }
}
